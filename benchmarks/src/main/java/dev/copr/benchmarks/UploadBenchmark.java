package dev.copr.benchmarks;

import dev.copr.client.CoprClient;
import dev.copr.client.CoprConfig;
import dev.copr.client.build.BuildOptions;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Child JVM (run with {@code -Xmx64m}): uploads a sparse SRPM of the given size with
 * {@code createFromFile}, then the same bytes as the same multipart body streamed by the raw JDK
 * client, and prints both rates.
 */
public final class UploadBenchmark {

    private static final long MIB = 1L << 20;

    private UploadBenchmark() {
    }

    /** Arguments: the stub's URL and the file size in bytes. */
    public static void main(String[] args) throws IOException {
        String url = args[0];
        long size = Long.parseLong(args[1]);
        Path dir = Files.createTempDirectory("copr-upload-bench");
        Path srpm = sparseFile(dir.resolve("huge-1.0-1.src.rpm"), size);
        Path small = sparseFile(dir.resolve("small-1.0-1.src.rpm"), 32 * MIB);
        try {
            CoprClient client = CoprClient.create(CoprConfig.builder().url(url).credentials("bench", "bench").build());
            RawCopr raw = new RawCopr(url);
            BuildOptions options = BuildOptions.chroots("fedora-41-x86_64");
            for (int i = 0; i < 3; i++) {
                client.builds().createFromFile("@copr", "copr-dev", small, options);
                raw.upload(small);
            }
            long begin = System.nanoTime();
            client.builds().createFromFile("@copr", "copr-dev", srpm, options);
            double ours = (System.nanoTime() - begin) / 1e9;
            begin = System.nanoTime();
            raw.upload(srpm);
            double rawSeconds = (System.nanoTime() - begin) / 1e9;
            System.out.printf("upload %d MiB with -Xmx%d MiB heap: ours %.2f s (%.0f MiB/s), raw JDK streaming %.2f s"
                            + " (%.0f MiB/s); time ours/raw = %.2f%n", size / MIB,
                    Runtime.getRuntime().maxMemory() / MIB, ours, size / MIB / ours, rawSeconds,
                    size / MIB / rawSeconds, ours / rawSeconds);
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
