package dev.copr.client.upload;

/**
 * Told how far a file upload has got (python-copr's {@code progress_callback}). Called on a thread
 * of the JDK HTTP client each time it takes a chunk of the file to send (16 KiB by default), the
 * last time with {@code bytesSent == totalBytes}; keep it quick, as the upload waits for it. A
 * listener that throws stops the upload, and the call throws its exception.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface UploadProgressListener {

    /**
     * @param bytesSent bytes of the file sent so far
     * @param totalBytes size of the file
     */
    void onProgress(long bytesSent, long totalBytes);
}
