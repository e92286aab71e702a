package dev.copr.client.observation;

import dev.copr.client.result.DownloadOutcome;
import dev.copr.client.result.ResultFile;

import io.micrometer.observation.Observation;

import org.jspecify.annotations.Nullable;

/**
 * What an observation of one file of a build results download knows: the file, the bytes written and
 * what became of it.
 *
 * @since 0.1.0
 */
public final class CoprDownloadObservationContext extends Observation.Context {

    private final ResultFile file;
    private long bytes;
    private @Nullable DownloadOutcome outcome;

    /** @param file the file downloaded */
    public CoprDownloadObservationContext(ResultFile file) {
        this.file = file;
    }

    /** The file downloaded. */
    public ResultFile getFile() {
        return file;
    }

    /** Bytes written to disk; 0 while none, or when the file was already complete or not found. */
    public long getBytes() {
        return bytes;
    }

    /** What became of the file; null while it is downloaded and when the download failed. */
    public @Nullable DownloadOutcome getOutcome() {
        return outcome;
    }

    /** Records the end of the file's download. */
    public void setResult(long bytes, DownloadOutcome outcome) {
        this.bytes = bytes;
        this.outcome = outcome;
    }
}
