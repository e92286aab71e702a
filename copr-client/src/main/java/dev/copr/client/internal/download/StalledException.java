package dev.copr.client.internal.download;

import java.io.IOException;
import java.time.Duration;

/** A body that stalled or took too long; the message says which bound ran out. */
final class StalledException extends IOException {

    private StalledException(String message) {
        super(message);
    }

    static StalledException read(Duration readTimeout) {
        return new StalledException("no byte arrived for the read timeout (readTimeout, " + readTimeout + ")");
    }

    static StalledException deadline(Deadline deadline) {
        return new StalledException("it was not complete within " + deadline.name());
    }
}
