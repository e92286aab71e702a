package dev.copr.client.exception;

import org.jspecify.annotations.Nullable;

/**
 * A request Copr refused or could not answer (python-copr `CoprRequestException`): 400, 409, 5xx, unreadable
 * answers, connection failures.
 *
 * @since 0.1.0
 */
public class CoprRequestException extends CoprException {

    /** An error found without an HTTP exchange. */
    public CoprRequestException(String message) {
        super(message);
    }

    /**
     * An error of an HTTP exchange; see {@link CoprException#CoprException(String, int, String, String,
     * Throwable)}.
     */
    public CoprRequestException(String message, int status, @Nullable String coprError, @Nullable String request,
                                @Nullable Throwable cause) {
        super(message, status, coprError, request, cause);
    }
}
