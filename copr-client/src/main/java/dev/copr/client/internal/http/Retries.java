package dev.copr.client.internal.http;

import dev.copr.client.config.RetryOptions;
import dev.copr.client.exception.CoprException;
import dev.copr.client.exception.CoprRateLimitException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

/**
 * Repeats a request after a failure that may pass, waiting longer each time, so that at most
 * {@link RetryOptions#maxAttempts()} copies of it reach Copr: a safe request (GET) after a transient
 * failure, and any request after an HTTP 429, which Copr did not process. After a 429 the wait is the
 * one its {@code Retry-After} asks for, at most {@link RetryOptions#maxDelay()}.
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

    /** How the retries wait; replaced in tests so that they run without real waiting. */
    @FunctionalInterface
    interface Sleeper {

        /** Pauses the calling thread for {@code duration}, or less when interrupted. */
        void sleep(Duration duration) throws InterruptedException;
    }

    private final RetryOptions settings;
    private final Clock clock;
    private final Sleeper sleeper;

    /**
     * @param clock what the waits a {@code Retry-After} asks for are measured on
     * @param sleeper how the waits are spent
     */
    Retries(RetryOptions settings, Clock clock, Sleeper sleeper) {
        this.settings = settings;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    /**
     * Runs {@code attempt} until it succeeds, fails for good or runs out of attempts; then throws the
     * last failure, or for a 429 a {@link CoprRateLimitException} that says why no retry followed.
     * @param safe whether the request may be repeated after any transient failure, not only after a 429
     * @param callLimit when the whole call must be over; no wait is started that would end after it
     */
    <T> T call(Supplier<T> attempt, boolean safe, @Nullable ResponseDeadline callLimit) {
        int reached = 0;
        Duration delay = capped(settings.initialDelay());
        while (true) {
            try {
                return attempt.get();
            } catch (CoprException e) {
                reached += ErrorResponses.failedBeforeAnswer(e) ? 2 : 1;
                CoprRateLimitException limited = e instanceof CoprRateLimitException rateLimit ? rateLimit : null;
                if (limited == null && !(safe && ErrorResponses.isTransient(e))) {
                    throw e;
                }
                Duration wait = limited == null ? delay : announcedWait(limited, delay);
                String cut = reached + WORST_CASE_COPIES > settings.maxAttempts()
                        ? "after " + reached + (reached == 1 ? " request" : " requests")
                                + " (maxAttempts " + settings.maxAttempts() + "; Spring Boot: copr.retry.max-attempts)"
                        : callLimit != null && callLimit.remaining().compareTo(wait) <= 0
                                ? "at once: waiting " + wait + " would end after the " + callLimit.name()
                                : null;
                if (cut != null) {
                    throw limited == null ? e : ErrorResponses.rateLimitedGivenUp(limited, cut);
                }
                pause(wait, e);
                delay = longer(delay);
            }
        }
    }

    /** The wait Copr's {@code Retry-After} asks for, at most the longest wait; {@code backoff} when it asks none. */
    private Duration announcedWait(CoprRateLimitException limited, Duration backoff) {
        Instant retryAfter = limited.retryAfter().orElse(null);
        if (retryAfter == null) {
            return backoff;
        }
        Duration asked = Duration.between(clock.instant(), retryAfter);
        return asked.isNegative() ? Duration.ZERO : capped(asked);
    }

    private Duration longer(Duration delay) {
        return capped(Duration.ofNanos((long) Math.min(Long.MAX_VALUE, delay.toNanos() * settings.multiplier())));
    }

    private Duration capped(Duration delay) {
        return delay.compareTo(settings.maxDelay()) > 0 ? settings.maxDelay() : delay;
    }

    private void pause(Duration delay, CoprException failure) {
        try {
            sleeper.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure.addSuppressed(e);
            throw failure;
        }
    }

    /** Waits with {@link Thread#sleep}. */
    static void threadSleep(Duration duration) throws InterruptedException {
        Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);
    }
}
