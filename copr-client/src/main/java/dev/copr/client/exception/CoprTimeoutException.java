package dev.copr.client.exception;

import org.jspecify.annotations.Nullable;

/**
 * A request timed out: on the client, where the message names the bound that ran out (connect,
 * read or response timeout, or a build watch's remaining time), or at Copr (HTTP 504); also a build
 * watch that ran out of time. python-copr's {@code CoprTimeoutException}.
 *
 * @since 0.1.0
 */
public class CoprTimeoutException extends CoprException {

    /** An error found without an HTTP exchange. */
    public CoprTimeoutException(String message) {
        super(message);
    }

    /**
     * An error of an HTTP exchange; see {@link CoprException#CoprException(String, int, String, String,
     * Throwable)}.
     */
    public CoprTimeoutException(String message, int status, @Nullable String coprError, @Nullable String request,
                                @Nullable Throwable cause) {
        super(message, status, coprError, request, cause);
    }
}
