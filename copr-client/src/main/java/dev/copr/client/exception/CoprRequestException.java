package dev.copr.client.exception;

/** A request Copr refused or could not answer (python-copr `CoprRequestException`): 400, 409, 5xx, unreadable answers, connection failures. */
public class CoprRequestException extends CoprException {

    /** An error found without an HTTP exchange. */
    public CoprRequestException(String message) {
        super(message);
    }

    /** An error of an HTTP exchange; see {@link CoprException#CoprException(String, int, String, String, Throwable)}. */
    public CoprRequestException(String message, int status, String coprError, String request, Throwable cause) {
        super(message, status, coprError, request, cause);
    }
}
