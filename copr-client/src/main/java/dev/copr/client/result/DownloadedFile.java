package dev.copr.client.result;

import java.nio.file.Path;

/**
 * One file of a download and what became of it.
 *
 * @param file the file on the results host
 * @param path where it is (or would be) on disk: {@code <destination>/<chroot>/<file name>}
 * @param size its size in bytes on disk; 0 when not found
 * @param outcome what the download did
 * @since 0.1.0
 */
public record DownloadedFile(ResultFile file, Path path, long size, DownloadOutcome outcome) {
}
