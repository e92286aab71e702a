package dev.copr.client;

/**
 * Told how far a file upload has got (python-copr's {@code progress_callback}). Called on the
 * uploading thread, after each chunk; keep it quick.
 */
@FunctionalInterface
public interface UploadProgressListener {

    /**
     * @param bytesSent bytes of the file sent so far
     * @param totalBytes size of the file
     */
    void onProgress(long bytesSent, long totalBytes);
}
