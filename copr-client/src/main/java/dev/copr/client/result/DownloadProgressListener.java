package dev.copr.client.result;

/**
 * Told how far the files of a download are; called from the download's threads and the HTTP
 * client's, so several files report at once. Keep it quick: a download waits for it.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface DownloadProgressListener {

    /** A listener that ignores progress. */
    DownloadProgressListener NONE = (file, bytes, totalBytes) -> {
    };

    /**
     * Bytes of a file written to disk so far.
     * @param file the file
     * @param bytes bytes written
     * @param totalBytes the size the results host announced; -1 when it did not
     */
    void progress(ResultFile file, long bytes, long totalBytes);

    /** The file is done; by default nothing happens. */
    default void finished(DownloadedFile file) {
    }
}
