package dev.copr.client.internal.http;

import java.net.http.HttpTimeoutException;
import java.time.Duration;

/**
 * One of the client's time bounds ran out during an exchange. The message names the bound (the
 * setting that sets it) and what was being waited for, so the caller can tell which one to raise.
 */
final class TimeoutExceeded extends HttpTimeoutException {

    private TimeoutExceeded(String message) {
        super(message);
    }

    /** No byte of the answer (or no upload progress) for the read timeout. */
    static TimeoutExceeded read(Duration readTimeout, String waitingFor) {
        return new TimeoutExceeded("read timeout (readTimeout, " + readTimeout + ") exceeded: no data from Copr for "
                + readTimeout + " while " + waitingFor);
    }

    /** The whole answer did not arrive within the response timeout or the call's own limit. */
    static TimeoutExceeded response(ResponseDeadline deadline, String waitingFor) {
        return new TimeoutExceeded(deadline.name() + " exceeded: the answer was not complete within "
                + deadline.length() + " (" + waitingFor + ")");
    }
}
