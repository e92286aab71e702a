package dev.copr.client.exception;

/**
 * A request timed out: on the client, where the message names the bound that ran out (connect,
 * read or response timeout, or a build watch's remaining time), or at Copr (HTTP 504); also a build
 * watch that ran out of time. python-copr's {@code CoprTimeoutException}.
 */
public class CoprTimeoutException extends CoprException {

    /** An error found without an HTTP exchange. */
    public CoprTimeoutException(String message) {
        super(message);
    }

    /** An error of an HTTP exchange; see {@link CoprException#CoprException(String, int, String, String, Throwable)}. */
    public CoprTimeoutException(String message, int status, String coprError, String request, Throwable cause) {
        super(message, status, coprError, request, cause);
    }
}
