package dev.copr.client.internal.download;

import java.time.Duration;

/**
 * When one file must be complete, on the {@link System#nanoTime()} clock.
 *
 * @param name the bound, e.g. {@code the response timeout (responseTimeout, PT5M)}
 * @param nanos the moment the file must be complete
 */
record Deadline(String name, long nanos) {

    static Deadline in(String name, Duration length) {
        return new Deadline(name + " (" + length + ")", System.nanoTime() + length.toNanos());
    }

    boolean passed(long now) {
        return now - nanos >= 0;
    }

    /** Time left, at least a millisecond so that it can bound a request. */
    Duration remaining() {
        return Duration.ofNanos(Math.max(nanos - System.nanoTime(), 1_000_000));
    }
}
