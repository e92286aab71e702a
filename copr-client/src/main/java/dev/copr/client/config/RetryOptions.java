package dev.copr.client.config;

import dev.copr.client.exception.CoprConfigException;
import dev.copr.client.internal.Settings;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * How requests that are safe to repeat (GET) are retried on connection failures and on HTTP 502,
 * 503 and 504, and any request on HTTP 429 Too Many Requests (Copr is rate limiting and did not
 * process it; an upload is streamed from its files again). Other failures of writes are never
 * retried. After a 429 the wait is the one Copr's {@code Retry-After} asks for, at most
 * {@link #maxDelay()}, or the usual one without that header; when the attempts run out, a
 * {@link dev.copr.client.exception.CoprRateLimitException} says when Copr allows the next request.
 * {@link #defaults()}: at most four requests, waiting 1 s, then 2 s, at most 10 s.
 *
 * <pre>{@code
 * RetryOptions.builder().maxAttempts(6).maxDelay(Duration.ofSeconds(30)).build()
 * }</pre>
 *
 * @since 0.1.0
 */
public final class RetryOptions {

    private static final Settings.Schema SCHEMA = new Settings.Schema();
    private static final Settings.Key<Integer> MAX_ATTEMPTS = SCHEMA.key("maxAttempts");
    private static final Settings.Key<Duration> INITIAL_DELAY = SCHEMA.key("initialDelay");
    private static final Settings.Key<Double> MULTIPLIER = SCHEMA.key("multiplier");
    private static final Settings.Key<Duration> MAX_DELAY = SCHEMA.key("maxDelay");

    private static final RetryOptions DEFAULTS = builder().build();
    private static final RetryOptions DISABLED = builder().maxAttempts(1).build();

    private final Settings settings;

    private RetryOptions(Builder builder) {
        this.settings = builder.settings.build();
        int maxAttempts = maxAttempts();
        if (maxAttempts < 1) {
            throw new CoprConfigException("RetryOptions", "maxAttempts", "must be at least 1 (1 turns retries off), was "
                    + maxAttempts);
        }
        requireNonNegative("initialDelay", settings.get(INITIAL_DELAY));
        requireNonNegative("maxDelay", settings.get(MAX_DELAY));
        double multiplier = multiplier();
        if (!(multiplier >= 1.0)) {
            throw new CoprConfigException("RetryOptions", "multiplier", "must be at least 1.0, was " + multiplier);
        }
    }

    /** At most four requests: three tries after answered failures, waiting 1 s then 2 s. */
    public static RetryOptions defaults() {
        return DEFAULTS;
    }

    /** One attempt: no retries. */
    public static RetryOptions disabled() {
        return DISABLED;
    }

    /** A builder starting from {@link #defaults()}. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from these settings, to derive other ones. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * How many requests of one call may reach Copr, the first included. A failed attempt whose connection
     * broke before any answer has reached Copr twice (the JDK client repeats such a GET once on its own, and
     * cannot be told not to), an answered one once; a retry is only sent while two are left, so that the
     * bound holds whatever happens next. 4 gives three tries after answered failures (502, 503, 504, 429) and two
     * after broken connections; 1 or 2 send no retry.
     */
    public int maxAttempts() {
        return settings.require(MAX_ATTEMPTS);
    }

    /** Wait before the first retry. */
    public Duration initialDelay() {
        return settings.require(INITIAL_DELAY);
    }

    /** Factor applied to the wait after each retry, at least 1. */
    public double multiplier() {
        return settings.require(MULTIPLIER);
    }

    /**
     * Longest wait between two attempts, also when Copr's {@code Retry-After} asks for a longer one;
     * zero retries at once.
     */
    public Duration maxDelay() {
        return settings.require(MAX_DELAY);
    }

    /** Whether any retry can happen at all: only while two requests are left after the first. */
    public boolean enabled() {
        return maxAttempts() > 2;
    }

    private static void requireNonNegative(String name, @Nullable Duration value) {
        if (value == null || value.isNegative()) {
            throw new CoprConfigException("RetryOptions", name, "must be zero or positive, was " + value);
        }
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof RetryOptions that && settings.equals(that.settings);
    }

    @Override
    public int hashCode() {
        return settings.hashCode();
    }

    /** The settings that are set, e.g. {@code RetryOptions[maxAttempts=...]}. */
    @Override
    public String toString() {
        return settings.toString("RetryOptions");
    }

    /** Builds {@link RetryOptions}, starting from {@link #defaults()}. */
    public static final class Builder {
        private final Settings.Builder settings;

        private Builder() {
            this.settings = SCHEMA.builder().set(MAX_ATTEMPTS, 4).set(INITIAL_DELAY, Duration.ofSeconds(1))
                    .set(MULTIPLIER, 2.0).set(MAX_DELAY, Duration.ofSeconds(10));
        }

        private Builder(RetryOptions from) {
            this.settings = from.settings.toBuilder();
        }

        /**
         * How many requests of one call may reach Copr, the first included. A failed attempt whose connection
         * broke before any answer has reached Copr twice (the JDK client repeats such a GET once on its own,
         * and cannot be told not to), an answered one once; a retry is only sent while two are left, so that
         * the bound holds whatever happens next. 4 gives three tries after answered failures (502, 503, 504, 429)
         * and two after broken connections; 1 or 2 send no retry.
         */
        public Builder maxAttempts(int maxAttempts) {
            settings.set(MAX_ATTEMPTS, maxAttempts);
            return this;
        }

        /** Wait before the first retry. */
        public Builder initialDelay(Duration initialDelay) {
            settings.set(INITIAL_DELAY, initialDelay);
            return this;
        }

        /** Factor applied to the wait after each retry, at least 1. */
        public Builder multiplier(double multiplier) {
            settings.set(MULTIPLIER, multiplier);
            return this;
        }

        /**
     * Longest wait between two attempts, also when Copr's {@code Retry-After} asks for a longer one;
     * zero retries at once.
     */
        public Builder maxDelay(Duration maxDelay) {
            settings.set(MAX_DELAY, maxDelay);
            return this;
        }

        /**
         * The RetryOptions.
         * @throws CoprConfigException naming the setting that is out of range
         */
        public RetryOptions build() {
            return new RetryOptions(this);
        }
    }
}
