package dev.copr.client.internal.http;

import java.io.IOException;

/**
 * The connection failed after a request was sent and before a complete answer head came back. For
 * a GET whose connection broke before any byte of the answer, the JDK client has then sent the
 * request twice: see {@link Retries}.
 */
final class NoAnswerException extends IOException {

    NoAnswerException(IOException cause) {
        super(cause.getMessage(), cause);
    }
}
