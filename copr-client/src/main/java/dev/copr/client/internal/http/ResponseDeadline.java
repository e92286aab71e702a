package dev.copr.client.internal.http;

import java.time.Duration;

/**
 * When an answer must be complete, on the {@link System#nanoTime()} clock, and the name of the bound
 * that set it: the configured response timeout, or a shorter limit of the call (a build watch's
 * remaining time).
 *
 * @param name the bound, e.g. {@code response timeout (responseTimeout, PT5M)}
 * @param length the bound's length
 * @param nanos the moment the answer must be complete
 */
record ResponseDeadline(String name, Duration length, long nanos) {

    /** The deadline {@code length} from now. */
    static ResponseDeadline in(String name, Duration length) {
        return new ResponseDeadline(name, length, System.nanoTime() + length.toNanos());
    }

    /** Time left, zero once passed. */
    Duration remaining() {
        long left = nanos - System.nanoTime();
        return left <= 0 ? Duration.ZERO : Duration.ofNanos(left);
    }
}
