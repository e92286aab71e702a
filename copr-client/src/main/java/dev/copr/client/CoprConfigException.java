package dev.copr.client;

/** Bad or missing configuration (python-copr {@code CoprConfigException}); the message names the file or key. */
public class CoprConfigException extends CoprException {

    /** @param message names the file, line or key, and what to do */
    public CoprConfigException(String message) {
        super(message);
    }

    /**
     * @param message names the file, line or key, and what to do
     * @param cause the underlying failure, e.g. an {@code IOException}
     */
    public CoprConfigException(String message, Throwable cause) {
        super(message, 0, null, null, cause);
    }
}
