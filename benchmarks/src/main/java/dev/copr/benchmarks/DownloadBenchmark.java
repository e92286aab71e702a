package dev.copr.benchmarks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import dev.copr.client.CoprClient;
import dev.copr.client.build.Build;
import dev.copr.client.build.BuildState;
import dev.copr.client.build.SourcePackage;
import dev.copr.client.chroot.BuildChroot;
import dev.copr.client.config.CoprConfig;
import dev.copr.client.result.BuildResults;
import dev.copr.client.result.DownloadOptions;
import dev.copr.client.result.ResultKind;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * Child JVM (run with {@code -Xmx64m}), with its own JDK HTTP server as Copr API and results host.
 * <ul>
 * <li>{@code download <bytes> <rounds>}: an RPM of that size fetched with {@code results().download}
 * (its three API requests included) and with the raw JDK client ({@code BodyHandlers.ofFile}), in
 * interleaved rounds after a warm-up of each (ours first in odd rounds, raw first in even ones: give
 * an even number); neither forces the file to disk. Prints
 * each round, a summary, and last {@code ratio <median> <lowest> <highest>} of the rounds' rate
 * ratios ours/raw.</li>
 * <li>{@code tail <bytes>...}: the last 100 lines of a gzipped {@code builder-live.log} of each
 * uncompressed size, after a warm-up once timed, then once while another thread runs a GC every
 * {@value #SAMPLE_MILLIS} ms ({@link HeapAfterGc} records the heap used after each). Prints a line
 * per size and last {@code ratio <median> <lowest> <highest>} of the last size's samples over the
 * first size's highest: about 1 when the heap does not grow with the log.</li>
 * </ul>
 */
public final class DownloadBenchmark {

    private static final long MIB = 1L << 20;
    private static final long SAMPLE_MILLIS = 20;
    private static final String CHROOT = "fedora-rawhide-x86_64";
    private static final String RESULT_PATH = "/results/bench/huge/" + CHROOT + "/00000001-huge/";
    private static final String RPM = "huge-1.0-1.fc41.x86_64.rpm";
    private static final String LOG = "builder-live.log.gz";

    private final Path dir;
    private final String url;
    private final BuildResults results;
    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private volatile long size;

    private DownloadBenchmark(Path dir, String url, BuildResults results) {
        this.dir = dir;
        this.url = url;
        this.results = results;
    }

    /** Arguments: {@code download <bytes> <rounds>} or {@code tail <bytes>...}. */
    public static void main(String[] args) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("copr-download-bench");
        // as CoprStub: without TCP_NODELAY, each small API answer waits for a delayed ACK (about 40 ms)
        System.setProperty("sun.net.httpserver.nodelay", "true");
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        String url = "http://127.0.0.1:" + server.getAddress().getPort();
        DownloadBenchmark benchmark = new DownloadBenchmark(dir, url,
                CoprClient.create(CoprConfig.builder().url(url).build()).results());
        benchmark.serve(server);
        server.start();
        try {
            if (args[0].equals("tail")) {
                List<List<Long>> heaps = new ArrayList<>();
                for (int i = 1; i < args.length; i++) {
                    heaps.add(benchmark.tail(Long.parseLong(args[i])));
                }
                long smallest = heaps.get(0).stream().mapToLong(Long::longValue).max().orElseThrow();
                GetThroughput.Ratio ratio = GetThroughput.Ratio.of(heaps.get(heaps.size() - 1).stream()
                        .mapToDouble(used -> (double) used / smallest).toArray());
                System.out.println("ratio " + ratio.median() + " " + ratio.lowest() + " " + ratio.highest());
            } else {
                benchmark.download(Long.parseLong(args[1]), Integer.parseInt(args[2]));
            }
        } finally {
            server.stop(0);
            try (var files = Files.walk(dir)) {
                for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
            }
        }
    }

    private void serve(HttpServer server) {
        server.createContext("/api_3/build-chroot/list", exchange -> send(exchange, ("{\"items\": [{\"name\": \""
                + CHROOT + "\", \"state\": \"failed\", \"result_url\": \"" + url + RESULT_PATH + "\"}],"
                + " \"meta\": {\"limit\": null, \"offset\": 0, \"order\": \"id\", \"order_type\": \"ASC\"}}")
                .getBytes(StandardCharsets.UTF_8)));
        server.createContext("/api_3/build/built-packages/1", exchange -> send(exchange, ("{\"" + CHROOT
                + "\": {\"packages\": [{\"name\": \"huge\", \"epoch\": 0, \"version\": \"1.0\", \"release\": \"1.fc41\","
                + " \"arch\": \"x86_64\"}]}}").getBytes(StandardCharsets.UTF_8)));
        server.createContext("/api_3/project", exchange -> send(exchange, ("{\"id\": 1, \"name\": \"huge\","
                + " \"ownername\": \"bench\", \"full_name\": \"bench/huge\", \"devel_mode\": false,"
                + " \"storage\": \"backend\", \"chroot_repos\": {}}").getBytes(StandardCharsets.UTF_8)));
        server.createContext(RESULT_PATH + RPM, exchange -> rpm(exchange, size));
        server.createContext(RESULT_PATH + LOG, exchange -> {
            Path log = dir.resolve(LOG);
            exchange.sendResponseHeaders(200, Files.size(log));
            try (OutputStream out = exchange.getResponseBody()) {
                Files.copy(log, out);
            }
        });
    }

    private void download(long bytes, int rounds) throws IOException, InterruptedException {
        size = bytes;
        Build build = new Build(1, BuildState.SUCCEEDED, "bench", "huge", "huge", url + "/results/bench/huge", null,
                Instant.EPOCH, null, null, false, List.of(CHROOT), new SourcePackage("huge", "1.0", null, Map.of()),
                Map.of());
        DownloadOptions rpms = DownloadOptions.builder().kinds(ResultKind.BINARY_RPM).build();
        HttpClient raw = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url + RESULT_PATH + RPM)).build();
        Path destination = Files.createDirectories(dir.resolve("ours"));
        Path ourFile = destination.resolve(CHROOT).resolve(RPM);
        Path rawFile = dir.resolve("raw.rpm");
        Side ours = new Side(ourFile, () -> results.download(build, destination, rpms));
        Side baseline = new Side(rawFile, () -> raw.send(request, HttpResponse.BodyHandlers.ofFile(rawFile)));
        ours.time(bytes);
        baseline.time(bytes);
        double[] oursSeconds = new double[rounds];
        double[] rawSeconds = new double[rounds];
        double[] ratios = new double[rounds];
        double[] cpuRatios = new double[rounds];
        for (int round = 0; round < rounds; round++) {
            double[] first;
            double[] second;
            if (round % 2 == 0) {
                first = ours.time(bytes);
                second = baseline.time(bytes);
            } else {
                second = baseline.time(bytes);
                first = ours.time(bytes);
            }
            oursSeconds[round] = first[0];
            rawSeconds[round] = second[0];
            ratios[round] = second[0] / first[0];
            cpuRatios[round] = first[1] / second[1];
            System.out.printf("round %d: ours %.2f s (CPU %.2f s), raw %.2f s (CPU %.2f s)%n", round + 1, first[0],
                    first[1], second[0], second[1]);
        }
        GetThroughput.Ratio ratio = GetThroughput.Ratio.of(ratios);
        double oursMedian = GetThroughput.median(oursSeconds);
        double rawMedian = GetThroughput.median(rawSeconds);
        System.out.printf("download %d MiB with -Xmx%d MiB heap, median of %d interleaved rounds: ours %.2f s"
                        + " (%.0f MiB/s), raw JDK HttpClient to a file %.2f s (%.0f MiB/s); rate ours/raw = %s;"
                        + " process CPU ours/raw = %s%n",
                bytes / MIB, Runtime.getRuntime().maxMemory() / MIB, rounds, oursMedian, bytes / MIB / oursMedian,
                rawMedian, bytes / MIB / rawMedian, ratio, GetThroughput.Ratio.of(cpuRatios));
        System.out.println("ratio " + ratio.median() + " " + ratio.lowest() + " " + ratio.highest());
    }

    /** One way to download the RPM to {@code file}. */
    private record Side(Path file, Fetch fetch) {

        /** Wall and process CPU seconds of one download; checks its size and deletes the file. */
        double[] time(long bytes) throws IOException, InterruptedException {
            var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            long cpu = os.getProcessCpuTime();
            long begin = System.nanoTime();
            fetch.run();
            double seconds = (System.nanoTime() - begin) / 1e9;
            double cpuSeconds = (os.getProcessCpuTime() - cpu) / 1e9;
            if (Files.size(file) != bytes) {
                throw new IllegalStateException(file + " has " + Files.size(file) + " bytes, expected " + bytes);
            }
            Files.delete(file);
            return new double[] {seconds, cpuSeconds};
        }
    }

    @FunctionalInterface
    private interface Fetch {
        void run() throws IOException, InterruptedException;
    }

    /** @return the heap used after each GC (bytes) of the sampled tail */
    private List<Long> tail(long bytes) throws IOException, InterruptedException {
        Path log = dir.resolve(LOG);
        long lines = 0;
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(log), 64 * 1024)) {
            for (long written = 0; written < bytes; lines++) {
                byte[] line = ("DEBUG util.py:446:  line " + lines + " of a long build log\n")
                        .getBytes(StandardCharsets.US_ASCII);
                out.write(line);
                written += line.length;
            }
        }
        BuildChroot chroot = new BuildChroot(CHROOT, BuildState.FAILED, null, null, url + RESULT_PATH, Map.of());
        String expected = "DEBUG util.py:446:  line " + (lines - 1) + " of a long build log";
        check(results.tail(chroot, 100), expected); // warm-up
        System.gc();
        double before = (double) memory.getHeapMemoryUsage().getUsed() / MIB;
        long begin = System.nanoTime();
        check(results.tail(chroot, 100), expected);
        double seconds = (System.nanoTime() - begin) / 1e9;
        HeapAfterGc heap = HeapAfterGc.start();
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                System.gc();
                try {
                    Thread.sleep(SAMPLE_MILLIS);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.start();
        check(results.tail(chroot, 100), expected);
        sampler.interrupt();
        sampler.join();
        List<Long> samples = heap.stop();
        double low = samples.stream().mapToLong(Long::longValue).min().orElseThrow() / (double) MIB;
        double high = samples.stream().mapToLong(Long::longValue).max().orElseThrow() / (double) MIB;
        System.out.printf("tail 100 lines of a %d MiB builder-live.log (%.1f MiB gzipped) with -Xmx%d MiB heap:"
                        + " %.2f s (%.0f MiB/s); heap used after GC: %.1f MiB before, %.1f..%.1f MiB in %d samples"
                        + " during the tail and right after it%n", bytes / MIB, (double) Files.size(log) / MIB,
                Runtime.getRuntime().maxMemory() / MIB, seconds, bytes / MIB / seconds, before, low, high,
                samples.size());
        return samples;
    }

    private static void check(List<String> tail, String expected) {
        if (tail.size() != 100 || !tail.get(99).equals(expected)) {
            throw new IllegalStateException("the tail ended with '" + tail.get(tail.size() - 1) + "', expected '"
                    + expected + "'");
        }
    }

    private static void send(HttpExchange exchange, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /** An RPM as far as the client checks it (lead, signature header with the size), then zeros. */
    private static void rpm(HttpExchange exchange, long size) throws IOException {
        exchange.sendResponseHeaders(200, size);
        ByteBuffer chunk = ByteBuffer.allocate(64 * 1024);
        chunk.putInt(0xedabeedb).position(96);
        chunk.putInt(0x8eade801).putInt(0).putInt(1).putInt(8).putInt(270).putInt(5).putInt(0).putInt(1)
                .putLong(size - 136);
        try (OutputStream out = exchange.getResponseBody()) {
            for (long sent = 0; sent < size; sent += chunk.capacity()) {
                out.write(chunk.array(), 0, (int) Math.min(chunk.capacity(), size - sent));
                if (sent == 0) {
                    Arrays.fill(chunk.array(), 0, 136, (byte) 0);
                }
            }
        }
    }
}
