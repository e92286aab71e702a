package dev.copr.client.internal.http;

import dev.copr.client.config.RetryOptions;
import dev.copr.client.exception.CoprException;

import java.time.Duration;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

/**
 * Repeats a safe request after a transient failure, waiting longer each time, so that at most
 * {@link RetryOptions#maxAttempts()} copies of it reach Copr.
 *
 * <p>The JDK client sends a GET a second time on its own when a connection fails before any byte of
 * the answer, and this cannot be switched off for one client. Such a failure therefore counts as
 * two attempts, an answered one as one, and the request is only sent again while two are left:
 * whatever the next failure, the bound holds. This is why a counting retry loop is used here
 * instead of Spring's {@code RetryTemplate}, which counts calls, not requests.
 */
final class Retries {

    /** Copies of a GET one attempt may send: two when the JDK repeats it. */
    private static final int WORST_CASE_COPIES = 2;

    private final RetryOptions settings;

    Retries(RetryOptions settings) {
        this.settings = settings;
    }

    /**
     * Runs {@code attempt} until it succeeds, fails for good or runs out of attempts; then throws the
     * last failure.
     * @param callLimit when the whole call must be over; no wait is started that would end after it
     */
    <T> T call(Supplier<T> attempt, @Nullable ResponseDeadline callLimit) {
        int reached = 0;
        Duration delay = capped(settings.initialDelay());
        while (true) {
            try {
                return attempt.get();
            } catch (CoprException e) {
                reached += ErrorResponses.failedBeforeAnswer(e) ? 2 : 1;
                boolean again = ErrorResponses.isTransient(e) && reached + WORST_CASE_COPIES <= settings.maxAttempts()
                        && (callLimit == null || callLimit.remaining().compareTo(delay) > 0);
                if (!again) {
                    throw e;
                }
                pause(delay, e);
                delay = longer(delay);
            }
        }
    }

    private Duration longer(Duration delay) {
        return capped(Duration.ofNanos((long) Math.min(Long.MAX_VALUE, delay.toNanos() * settings.multiplier())));
    }

    private Duration capped(Duration delay) {
        return delay.compareTo(settings.maxDelay()) > 0 ? settings.maxDelay() : delay;
    }

    private static void pause(Duration delay, CoprException failure) {
        try {
            Thread.sleep(delay.toMillis(), delay.toNanosPart() % 1_000_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure.addSuppressed(e);
            throw failure;
        }
    }
}
