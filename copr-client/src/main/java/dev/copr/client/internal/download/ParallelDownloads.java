package dev.copr.client.internal.download;

import dev.copr.client.exception.CoprException;
import dev.copr.client.exception.CoprRequestException;
import dev.copr.client.observation.CoprDownloadObservationContext;
import dev.copr.client.observation.DefaultCoprDownloadObservationConvention;
import dev.copr.client.result.DownloadOutcome;
import dev.copr.client.result.DownloadProgressListener;
import dev.copr.client.result.DownloadedFile;
import dev.copr.client.result.ResultFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;

/**
 * Downloads files into {@code <destination>/<chroot>/}, a bounded number at once on threads of its own
 * that end with the download.
 */
final class ParallelDownloads {

    private static final AtomicInteger DOWNLOADS = new AtomicInteger();
    private static final DefaultCoprDownloadObservationConvention CONVENTION =
            new DefaultCoprDownloadObservationConvention();

    private final ResultsHost host;
    private final Path destination;
    private final int parallel;
    private final Duration readTimeout;
    private final Duration fileTimeout;
    private final DownloadProgressListener listener;
    private final ObservationRegistry observations;

    ParallelDownloads(ResultsHost host, Path destination, int parallel, Duration readTimeout, Duration fileTimeout,
                      DownloadProgressListener listener, ObservationRegistry observations) {
        this.host = host;
        this.observations = observations;
        this.destination = destination;
        this.parallel = parallel;
        this.readTimeout = readTimeout;
        this.fileTimeout = fileTimeout;
        this.listener = listener;
    }

    /** Each file's outcome, in the order given; after all ended, the first failure with the others suppressed. */
    List<DownloadedFile> run(List<ResultFile> files) {
        List<Path> directories = files.stream().map(file -> directory(file.chroot())).toList();
        int download = DOWNLOADS.incrementAndGet();
        AtomicInteger threads = new AtomicInteger();
        ExecutorService executor = Executors.newFixedThreadPool(parallel, runnable -> {
            Thread thread = new Thread(runnable, "copr-download-" + download + "-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<DownloadedFile>> futures = new ArrayList<>();
            for (int i = 0; i < files.size(); i++) {
                ResultFile file = files.get(i);
                Path directory = directories.get(i);
                futures.add(executor.submit(() -> downloadOne(file, directory)));
            }
            return outcomes(futures);
        } finally {
            executor.shutdownNow();
        }
    }

    /** One file, observed as {@code copr.client.downloads}. */
    private DownloadedFile downloadOne(ResultFile file, Path directory) {
        CoprDownloadObservationContext context = new CoprDownloadObservationContext(file);
        Observation observation = Observation.createNotStarted(CONVENTION, () -> context, observations).start();
        try {
            Deadline deadline = Deadline.in("the file timeout (DownloadOptions.fileTimeout, else responseTimeout)",
                    fileTimeout);
            DownloadedFile done = FileDownload.run(host, file, directory, readTimeout, deadline, listener);
            context.setResult(done.outcome() == DownloadOutcome.DOWNLOADED ? done.size() : 0, done.outcome());
            listener.finished(done);
            return done;
        } catch (RuntimeException e) {
            observation.error(e);
            throw e;
        } finally {
            observation.stop();
        }
    }

    private static List<DownloadedFile> outcomes(List<Future<DownloadedFile>> futures) {
        List<DownloadedFile> done = new ArrayList<>();
        CoprException failure = null;
        for (Future<DownloadedFile> future : futures) {
            try {
                done.add(future.get());
            } catch (ExecutionException e) {
                CoprException cause = e.getCause() instanceof CoprException copr ? copr
                        : new CoprRequestException("A download failed: " + e.getCause(), 0, null, null, e.getCause());
                if (failure == null) {
                    failure = cause;
                } else {
                    failure.addSuppressed(cause);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CoprRequestException("The download was interrupted", 0, null, null, e);
            }
        }
        if (failure != null) {
            throw failure;
        }
        return done;
    }

    /** {@code <destination>/<chroot>}, created; the chroot's name checked first. */
    private Path directory(String chroot) {
        Path directory = SafeNames.child(destination, "chroot name", chroot);
        try {
            return Files.createDirectories(directory);
        } catch (IOException e) {
            throw new CoprRequestException("Cannot create " + directory + " for the chroot's results: " + e);
        }
    }
}
