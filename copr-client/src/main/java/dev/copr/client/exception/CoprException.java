package dev.copr.client.exception;

import org.jspecify.annotations.Nullable;

/**
 * Root of every error this client raises, mirroring python-copr's {@code CoprException}.
 *
 * <p>For request failures it carries the HTTP status (0 when no response arrived), Copr's own
 * error text and the failing request as method and path. Credentials never appear in any of them.
 *
 * @since 0.1.0
 */
public class CoprException extends RuntimeException {

    private final int status;
    private final @Nullable String coprError;
    private final @Nullable String request;

    /** An error that did not come from an HTTP exchange (configuration, validation). */
    public CoprException(String message) {
        this(message, 0, null, null, null);
    }

    /**
     * An error of an HTTP exchange.
     * @param message the full, human-readable message
     * @param status the HTTP status, or 0 when no response arrived
     * @param coprError Copr's own error text
     * @param request method and path of the failing request, e.g. {@code GET /api_3/build/7}
     * @param cause the underlying failure
     */
    public CoprException(String message, int status, @Nullable String coprError, @Nullable String request,
                         @Nullable Throwable cause) {
        super(message, cause);
        this.status = status;
        this.coprError = coprError;
        this.request = request;
    }

    /** The HTTP status of Copr's answer, or 0 when there was no answer. */
    public int getStatus() {
        return status;
    }

    /** Copr's own error text (the {@code error} field, or an excerpt of a non-JSON body) of an error status. */
    public @Nullable String getCoprError() {
        return coprError;
    }

    /** Method and path (with query) of the failing request, e.g. {@code GET /api_3/build/7}, when a request failed. */
    public @Nullable String getRequest() {
        return request;
    }
}
