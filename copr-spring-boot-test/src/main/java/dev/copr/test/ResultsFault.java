package dev.copr.test;

/**
 * A misbehaviour of the stub's results and Pulp hosts for one file, to test how download code copes
 * with a hostile or broken web server ({@link CoprStub#resultsFault(String, ResultsFault)}).
 *
 * @since 0.1.0
 */
public enum ResultsFault {

    /** Headers with the file's {@code Content-Length} and half of its body, then nothing until the client gives up. */
    STALL,

    /** Headers with the file's {@code Content-Length}, half of its body, then the connection closes. */
    TRUNCATED_BODY,

    /**
     * A {@code Content-Length} of half the file and that half: a body longer than its
     * {@code Content-Length} as HTTP clients see it, for they read a body up to its length and drop the
     * bytes after it (the JDK's HTTP server the stub runs on cannot send those).
     */
    OVERLONG_BODY,

    /** A {@code 301} back to the same URL, every time. */
    REDIRECT_LOOP
}
