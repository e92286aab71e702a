package dev.copr.client.internal.http;

import org.jspecify.annotations.Nullable;

/**
 * How an upload goes, for the thread that waits for its answer: when Copr last took a chunk, when
 * the whole body was sent, and the failure of a progress listener, if any.
 */
final class UploadActivity {

    private volatile long lastNanos = System.nanoTime();
    private volatile boolean sent;
    private volatile @Nullable RuntimeException listenerFailure;

    void took(long totalBytes, long bodyLength) {
        lastNanos = System.nanoTime();
        if (totalBytes >= bodyLength) {
            sent = true;
        }
    }

    void listenerFailed(RuntimeException failure) {
        listenerFailure = failure;
    }

    /** When Copr last took a chunk of the body. */
    long lastNanos() {
        return lastNanos;
    }

    /** Whether the whole body has been handed to the connection. */
    boolean sent() {
        return sent;
    }

    /** The exception of the progress listener that stopped the upload, if one did. */
    @Nullable RuntimeException listenerFailure() {
        return listenerFailure;
    }
}
