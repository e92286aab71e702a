package dev.copr.client.exception;

/** Copr answered 404: the project, build, package or chroot does not exist (python-copr `CoprNoResultException`). */
public class CoprNoResultException extends CoprException {

    /** An error found without an HTTP exchange. */
    public CoprNoResultException(String message) {
        super(message);
    }

    /** An error of an HTTP exchange; see {@link CoprException#CoprException(String, int, String, String, Throwable)}. */
    public CoprNoResultException(String message, int status, String coprError, String request, Throwable cause) {
        super(message, status, coprError, request, cause);
    }
}
