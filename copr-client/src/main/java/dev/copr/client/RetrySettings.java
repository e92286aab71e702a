package dev.copr.client;

import java.time.Duration;

/**
 * How requests that are safe to repeat (GET) are retried on connection failures and on
 * HTTP 502, 503 and 504. Writes are never retried.
 *
 * @param maxAttempts how many requests of one GET may reach Copr, the first included. A failed
 *                    attempt whose connection broke before any answer has reached Copr twice (the
 *                    JDK client repeats such a GET once on its own, and cannot be told not to), an
 *                    answered one once; a retry is only sent while two are left, so that the bound
 *                    holds whatever happens next. 4 gives three tries after answered failures (502,
 *                    503, 504) and two after broken connections; 1 or 2 send no retry
 * @param initialDelay wait before the first retry
 * @param multiplier factor applied to the wait after each retry
 * @param maxDelay longest wait between two attempts
 */
public record RetrySettings(int maxAttempts, Duration initialDelay, double multiplier, Duration maxDelay) {

    /** At most four requests: three tries after answered failures, waiting 1 s then 2 s. */
    public static final RetrySettings DEFAULT = new RetrySettings(4, Duration.ofSeconds(1), 2.0, Duration.ofSeconds(10));

    /** One attempt: no retries. */
    public static final RetrySettings DISABLED = new RetrySettings(1, Duration.ZERO, 1.0, Duration.ZERO);

    public RetrySettings {
        if (maxAttempts < 1) {
            throw new CoprConfigException("retry.max-attempts must be at least 1 (1 turns retries off), was " + maxAttempts);
        }
        requireNonNegative("retry.initial-delay", initialDelay);
        requireNonNegative("retry.max-delay", maxDelay);
        if (multiplier < 1.0) {
            throw new CoprConfigException("retry.multiplier must be at least 1.0, was " + multiplier);
        }
    }

    /** Whether any retry can happen at all: only while two requests are left after the first. */
    public boolean enabled() {
        return maxAttempts > 2;
    }

    private static void requireNonNegative(String name, Duration value) {
        if (value == null || value.isNegative()) {
            throw new CoprConfigException(name + " must be zero or positive, was " + value);
        }
    }
}
