package dev.copr.client;

/** Copr refused the credentials (401) or the access (403), or a call needs credentials that are not configured (python-copr `CoprAuthException`). */
public class CoprAuthException extends CoprException {

    /** An error found without an HTTP exchange. */
    public CoprAuthException(String message) {
        super(message);
    }

    /** An error of an HTTP exchange; see {@link CoprException#CoprException(String, int, String, String, Throwable)}. */
    public CoprAuthException(String message, int status, String coprError, String request, Throwable cause) {
        super(message, status, coprError, request, cause);
    }
}
