package dev.copr.client.exception;

/**
 * Bad input caught before any request is sent (python-copr {@code CoprValidationException}).
 *
 * @since 0.1.0
 */
public class CoprValidationException extends CoprException {

    /** @param message names the argument, its value and what is expected */
    public CoprValidationException(String message) {
        super(message);
    }
}
