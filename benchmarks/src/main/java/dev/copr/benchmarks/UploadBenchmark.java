package dev.copr.benchmarks;

import dev.copr.client.CoprClient;
import dev.copr.client.build.BuildOptions;
import dev.copr.client.build.BuildProxy;
import dev.copr.client.config.CoprConfig;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Child JVM (run with {@code -Xmx64m}): uploads a sparse SRPM of the given size with
 * {@code createFromFile} of the plain client or of the starter's bean, then the same bytes as the
 * same multipart body streamed by the raw JDK client, alternately three times, and prints the
 * median rates.
 */
public final class UploadBenchmark {

    private static final long MIB = 1L << 20;
    private static final int ROUNDS = 3;

    private UploadBenchmark() {
    }

    /** Arguments: the stub's URL, the file size in bytes, and {@code plain} or {@code starter}. */
    public static void main(String[] args) throws IOException {
        String url = args[0];
        long size = Long.parseLong(args[1]);
        boolean viaStarter = args[2].equals("starter");
        Path dir = Files.createTempDirectory("copr-upload-bench");
        Path srpm = sparseFile(dir.resolve("huge-1.0-1.src.rpm"), size);
        Path small = sparseFile(dir.resolve("small-1.0-1.src.rpm"), 32 * MIB);
        try (StarterContext starter = viaStarter ? StarterContext.start(url) : null) {
            BuildProxy builds = starter != null ? starter.builds()
                    : CoprClient.create(CoprConfig.builder().url(url).credentials("bench", "bench").build()).builds();
            RawCopr raw = new RawCopr(url);
            BuildOptions options = BuildOptions.builder().chroots("fedora-41-x86_64").build();
            for (int i = 0; i < 3; i++) {
                builds.createFromFile("@copr", "copr-dev", small, options);
                raw.upload(small);
            }
            double[] ours = new double[ROUNDS];
            double[] rawSeconds = new double[ROUNDS];
            for (int round = 0; round < ROUNDS; round++) {
                long begin = System.nanoTime();
                builds.createFromFile("@copr", "copr-dev", srpm, options);
                ours[round] = (System.nanoTime() - begin) / 1e9;
                begin = System.nanoTime();
                raw.upload(srpm);
                rawSeconds[round] = (System.nanoTime() - begin) / 1e9;
            }
            double oursMedian = GetThroughput.median(ours);
            double rawMedian = GetThroughput.median(rawSeconds);
            System.out.printf("upload %d MiB through the %s client with -Xmx%d MiB heap, median of %d: ours %.2f s"
                            + " (%.0f MiB/s), raw JDK streaming %.2f s (%.0f MiB/s); time ours/raw = %.2f%n",
                    size / MIB, args[2], Runtime.getRuntime().maxMemory() / MIB, ROUNDS, oursMedian,
                    size / MIB / oursMedian, rawMedian, size / MIB / rawMedian, oursMedian / rawMedian);
        } finally {
            Files.deleteIfExists(srpm);
            Files.deleteIfExists(small);
            Files.deleteIfExists(dir);
        }
    }

    private static Path sparseFile(Path path, long size) throws IOException {
        try (RandomAccessFile file = new RandomAccessFile(path.toFile(), "rw")) {
            file.setLength(size);
        }
        return path;
    }
}
