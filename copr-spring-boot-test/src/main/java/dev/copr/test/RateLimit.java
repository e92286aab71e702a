package dev.copr.test;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * How many of the next API requests the stub answers with HTTP 429 Too Many Requests, without
 * processing them, as Copr does while it rate limits a client. Guarded by the state's lock.
 */
final class RateLimit {

    static final String MESSAGE = "Too many requests: you have exceeded the API rate limit, try again later";

    private int remaining;
    private @Nullable Duration retryAfter;

    /** The next {@code requests} requests are refused, with {@code Retry-After} in seconds unless null. */
    void set(int requests, @Nullable Duration retryAfter) {
        if (requests < 0) {
            throw new IllegalArgumentException("the number of rate-limited requests is 0 or more, was " + requests);
        }
        if (retryAfter != null && retryAfter.isNegative()) {
            throw new IllegalArgumentException("Retry-After must not be negative, was " + retryAfter);
        }
        this.remaining = requests;
        this.retryAfter = retryAfter;
    }

    /**
     * Counts one request off: the {@code Retry-After} value to answer it with ({@code ""} for none) while
     * requests are refused, null once they are answered again.
     */
    @Nullable String take() {
        if (remaining == 0) {
            return null;
        }
        remaining--;
        Duration wait = retryAfter;
        if (wait == null) {
            return "";
        }
        // Whole seconds, as Copr sends them; a part of a second is rounded up, so that the client waits long enough
        return String.valueOf(wait.getSeconds() + (wait.getNano() > 0 ? 1 : 0));
    }

    /** The error the refused requests get. */
    static CoprError tooManyRequests() {
        return new CoprError(429, MESSAGE);
    }
}
