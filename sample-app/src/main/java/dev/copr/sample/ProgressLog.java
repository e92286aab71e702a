package dev.copr.sample;

import dev.copr.client.upload.UploadProgressListener;

import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Logs an upload's progress at every quarter. */
final class ProgressLog implements UploadProgressListener {

    private static final Logger log = LoggerFactory.getLogger(ProgressLog.class);

    private final Path file;
    private int lastQuarter = -1;

    ProgressLog(Path file) {
        this.file = file;
    }

    @Override
    public void onProgress(long bytesSent, long totalBytes) {
        int quarter = totalBytes == 0 ? 4 : (int) (bytesSent * 4 / totalBytes);
        if (quarter > lastQuarter) {
            lastQuarter = quarter;
            log.info("Uploading {}: {} of {} bytes ({}%)", file.getFileName(), bytesSent, totalBytes, quarter * 25);
        }
    }
}
