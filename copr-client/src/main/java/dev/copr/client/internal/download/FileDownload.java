package dev.copr.client.internal.download;

import dev.copr.client.exception.CoprRequestException;
import dev.copr.client.result.DownloadOutcome;
import dev.copr.client.result.DownloadProgressListener;
import dev.copr.client.result.DownloadedFile;
import dev.copr.client.result.ResultFile;
import dev.copr.client.result.ResultKind;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.Flow;

/**
 * One file from the results host to disk: streamed into a temporary file next to its place, renamed
 * into place once complete, removed when anything fails; left alone when a file of the announced size
 * is already there. An RPM whose size differs from the one its signature header declares fails too:
 * its body did not match the {@code Content-Length} it came with.
 */
final class FileDownload {

    private FileDownload() {
    }

    static DownloadedFile run(ResultsHost host, ResultFile file, Path directory, Duration readTimeout,
                              Deadline deadline, DownloadProgressListener listener) {
        Path target = SafeNames.child(directory, "file name", file.fileName());
        HttpResponse<Flow.Publisher<List<ByteBuffer>>> response = host.getFile(file.url(), deadline);
        if (response.statusCode() == 404) {
            ResultsHost.discard(response.body());
            return new DownloadedFile(file, target, 0, DownloadOutcome.NOT_FOUND);
        }
        if (response.statusCode() != 200) {
            ResultsHost.discard(response.body());
            throw HostFailures.status(response.uri(), response.statusCode());
        }
        long announced = ResultsHost.contentLength(response);
        if (announced >= 0 && sizeOf(target) == announced) {
            ResultsHost.discard(response.body());
            return new DownloadedFile(file, target, announced, DownloadOutcome.ALREADY_COMPLETE);
        }
        Path temporary = temporaryFile(directory, file, response);
        boolean done = false;
        try {
            long written;
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
                FileBody body = new FileBody(channel, file, announced, listener);
                response.body().subscribe(body);
                written = body.await(readTimeout, deadline);
                if (file.kind() == ResultKind.BINARY_RPM || file.kind() == ResultKind.SOURCE_RPM) {
                    OptionalLong declared = RpmSize.declared(channel);
                    if (declared.isPresent() && declared.getAsLong() != written) {
                        throw HostFailures.rpmSize(response.uri(), written, declared.getAsLong());
                    }
                }
            }
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            done = true;
            return new DownloadedFile(file, target, written, DownloadOutcome.DOWNLOADED);
        } catch (IOException e) {
            throw HostFailures.io(response.uri(), e);
        } catch (InterruptedException e) {
            throw HostFailures.interrupted(response.uri(), e);
        } finally {
            if (!done) {
                deleteQuietly(temporary);
            }
        }
    }

    /** The size of the file already there; -1 when there is none (or it cannot be read, and is downloaded again). */
    private static long sizeOf(Path target) {
        try {
            return Files.isRegularFile(target) ? Files.size(target) : -1;
        } catch (IOException e) {
            return -1;
        }
    }

    private static Path temporaryFile(Path directory, ResultFile file,
                                      HttpResponse<Flow.Publisher<List<ByteBuffer>>> response) {
        try {
            return Files.createTempFile(directory, "." + file.fileName() + ".", ".part");
        } catch (IOException e) {
            ResultsHost.discard(response.body());
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
