package dev.copr.client.exception;

import org.jspecify.annotations.Nullable;

/**
 * Copr answered 404: the project, build, package or chroot does not exist (python-copr `CoprNoResultException`).
 *
 * @since 0.1.0
 */
public class CoprNoResultException extends CoprException {

    /** An error found without an HTTP exchange. */
    public CoprNoResultException(String message) {
        super(message);
    }

    /**
     * An error of an HTTP exchange; see {@link CoprException#CoprException(String, int, String, String,
     * Throwable)}.
     */
    public CoprNoResultException(String message, int status, @Nullable String coprError, @Nullable String request,
                                 @Nullable Throwable cause) {
        super(message, status, coprError, request, cause);
    }
}
