package dev.copr.client.internal.download;

import dev.copr.client.exception.CoprRequestException;
import dev.copr.client.result.DownloadOutcome;
import dev.copr.client.result.DownloadProgressListener;
import dev.copr.client.result.DownloadedFile;
import dev.copr.client.result.ResultFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * One file from the results host to disk: streamed into a temporary file next to its place, renamed
 * into place once complete, removed when anything fails; left alone when a file of the announced size
 * is already there.
 */
final class FileDownload {

    private FileDownload() {
    }

    static DownloadedFile run(ResultsHost host, ResultFile file, Path directory, Deadline deadline,
                              DownloadProgressListener listener) {
        Path target = SafeNames.child(directory, "file name", file.fileName());
        HostAnswer answer = host.get(file.url(), 0, deadline);
        if (answer.status() == 404) {
            HostFailures.close(answer);
            return new DownloadedFile(file, target, 0, DownloadOutcome.NOT_FOUND);
        }
        if (answer.status() != 200) {
            throw HostFailures.status(answer);
        }
        long announced = answer.contentLength();
        if (announced >= 0 && sizeOf(target) == announced) {
            HostFailures.close(answer);
            return new DownloadedFile(file, target, announced, DownloadOutcome.ALREADY_COMPLETE);
        }
        Path temporary = temporaryFile(directory, file);
        boolean done = false;
        try {
            long written = copy(answer, temporary, file, listener);
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            done = true;
            return new DownloadedFile(file, target, written, DownloadOutcome.DOWNLOADED);
        } catch (IOException e) {
            throw HostFailures.io(answer.url(), e);
        } finally {
            if (!done) {
                HostFailures.close(answer);
                deleteQuietly(temporary);
            }
        }
    }

    private static long copy(HostAnswer answer, Path temporary, ResultFile file, DownloadProgressListener listener)
            throws IOException {
        long written = 0;
        byte[] buffer = new byte[LogStreams.BUFFER];
        try (InputStream in = answer.body(); OutputStream out = Files.newOutputStream(temporary)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                out.write(buffer, 0, n);
                written += n;
                listener.progress(file, written, answer.contentLength());
            }
        }
        return written;
    }

    /** The size of the file already there; -1 when there is none (or it cannot be read, and is downloaded again). */
    private static long sizeOf(Path target) {
        try {
            return Files.isRegularFile(target) ? Files.size(target) : -1;
        } catch (IOException e) {
            return -1;
        }
    }

    private static Path temporaryFile(Path directory, ResultFile file) {
        try {
            return Files.createTempFile(directory, "." + file.fileName() + ".", ".part");
        } catch (IOException e) {
            throw new CoprRequestException("Cannot create a temporary file in " + directory + " to download "
                    + file.fileName() + ": " + e.getMessage());
        }
    }

    private static void deleteQuietly(Path temporary) {
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException ignored) {
            // the download's failure is what the caller needs to know
        }
    }
}
