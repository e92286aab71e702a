package dev.copr.client.exception;

import java.time.Instant;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Copr is rate limiting this client: it answered HTTP 429 Too Many Requests and did not process the
 * request. The client retries such a request (whatever its method) within its retry settings, waiting
 * as long as Copr's {@code Retry-After} asks, at most the longest retry wait; this exception comes when
 * those run out, and says when Copr allows the next request.
 *
 * @since 0.1.0
 */
public class CoprRateLimitException extends CoprRequestException {

    private final @Nullable Instant retryAfter;

    /**
     * An HTTP 429 answer; see {@link CoprException#CoprException(String, int, String, String, Throwable)}.
     * @param retryAfter when Copr allows the next request, from its {@code Retry-After} header; null without one
     */
    public CoprRateLimitException(String message, int status, @Nullable String coprError, @Nullable String request,
                                  @Nullable Throwable cause, @Nullable Instant retryAfter) {
        super(message, status, coprError, request, cause);
        this.retryAfter = retryAfter;
    }

    /** When Copr allows the next request, as its {@code Retry-After} header said; empty when it did not say. */
    public Optional<Instant> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
