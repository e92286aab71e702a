package dev.copr.client.exception;

/**
 * A message from Copr's message bus that this client cannot read: not JSON, or a field it needs is
 * missing or of the wrong type. The message names the topic and the field.
 *
 * @since 0.1.0
 */
public class CoprMessageException extends CoprException {

    /** @param message names the topic and what is wrong with the body */
    public CoprMessageException(String message) {
        super(message);
    }
}
