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
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * Child JVM (run with {@code -Xmx64m}), with its own JDK HTTP server as Copr API and results host:
 * {@code download} fetches an RPM of the given size with {@code results().download} and the same bytes
 * with the raw JDK client streaming to a file, alternately three times, and prints the median rates;
 * {@code tail} reads the last lines of a gzipped {@code builder-live.log} of the given uncompressed size.
 */
public final class DownloadBenchmark {

    private static final long MIB = 1L << 20;
    private static final int ROUNDS = 3;
    private static final String CHROOT = "fedora-rawhide-x86_64";
    private static final String RESULT_PATH = "/results/bench/huge/" + CHROOT + "/00000001-huge/";
    private static final String RPM = "huge-1.0-1.fc41.x86_64.rpm";

    private DownloadBenchmark() {
    }

    /** Arguments: {@code download} or {@code tail}, and the size in bytes. */
    public static void main(String[] args) throws IOException, InterruptedException {
        long size = Long.parseLong(args[1]);
        Path dir = Files.createTempDirectory("copr-download-bench");
        Path log = dir.resolve("builder-live.log.gz");
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        String url = "http://127.0.0.1:" + server.getAddress().getPort();
        server.createContext("/api_3/build-chroot/list", exchange -> send(exchange, ("{\"items\": [{\"name\": \""
                + CHROOT + "\", \"state\": \"failed\", \"result_url\": \"" + url + RESULT_PATH + "\"}],"
                + " \"meta\": {\"limit\": null, \"offset\": 0, \"order\": \"id\", \"order_type\": \"ASC\"}}")
                .getBytes(StandardCharsets.UTF_8)));
        server.createContext("/api_3/build/built-packages/1", exchange -> send(exchange, ("{\"" + CHROOT
                + "\": {\"packages\": [{\"name\": \"huge\", \"epoch\": 0, \"version\": \"1.0\", \"release\": \"1.fc41\","
                + " \"arch\": \"x86_64\"}]}}").getBytes(StandardCharsets.UTF_8)));
        server.createContext(RESULT_PATH + RPM, exchange -> zeros(exchange, size));
        server.createContext(RESULT_PATH + "builder-live.log.gz", exchange -> {
            exchange.sendResponseHeaders(200, Files.size(log));
            try (OutputStream out = exchange.getResponseBody()) {
                Files.copy(log, out);
            }
        });
        server.start();
        try {
            BuildResults results = CoprClient.create(CoprConfig.builder().url(url).build()).results();
            if (args[0].equals("tail")) {
                tail(results, url, log, size);
            } else {
                download(results, url, dir, size);
            }
        } finally {
            server.stop(0);
            try (var files = Files.walk(dir)) {
                for (Path path : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
            }
        }
    }

    private static void download(BuildResults results, String url, Path dir, long size)
            throws IOException, InterruptedException {
        Build build = new Build(1, BuildState.SUCCEEDED, "bench", "huge", "huge", url + "/results/bench/huge", null,
                Instant.EPOCH, null, null, false, List.of(CHROOT), new SourcePackage("huge", "1.0", null, Map.of()),
                Map.of());
        DownloadOptions rpms = DownloadOptions.builder().kinds(ResultKind.BINARY_RPM).build();
        HttpClient raw = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        Path rawFile = dir.resolve("raw.rpm");
        double[] ours = new double[ROUNDS];
        double[] rawSeconds = new double[ROUNDS];
        for (int round = 0; round < ROUNDS; round++) {
            Path destination = Files.createDirectories(dir.resolve("ours-" + round));
            long begin = System.nanoTime();
            results.download(build, destination, rpms);
            ours[round] = (System.nanoTime() - begin) / 1e9;
            Files.delete(destination.resolve(CHROOT).resolve(RPM));
            begin = System.nanoTime();
            raw.send(HttpRequest.newBuilder(URI.create(url + RESULT_PATH + RPM)).build(),
                    HttpResponse.BodyHandlers.ofFile(rawFile));
            rawSeconds[round] = (System.nanoTime() - begin) / 1e9;
            Files.delete(rawFile);
        }
        double oursMedian = GetThroughput.median(ours);
        double rawMedian = GetThroughput.median(rawSeconds);
        System.out.printf("download %d MiB with -Xmx%d MiB heap, median of %d: ours %.2f s (%.0f MiB/s), raw JDK"
                        + " streaming to a file %.2f s (%.0f MiB/s); rate ours/raw = %.2f%n",
                size / MIB, Runtime.getRuntime().maxMemory() / MIB, ROUNDS, oursMedian, size / MIB / oursMedian,
                rawMedian, size / MIB / rawMedian, rawMedian / oursMedian);
    }

    private static void tail(BuildResults results, String url, Path log, long size) throws IOException {
        long lines = 0;
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(log), 64 * 1024)) {
            for (long written = 0; written < size; lines++) {
                byte[] line = ("DEBUG util.py:446:  line " + lines + " of a long build log\n")
                        .getBytes(StandardCharsets.US_ASCII);
                out.write(line);
                written += line.length;
            }
        }
        BuildChroot chroot = new BuildChroot(CHROOT, BuildState.FAILED, null, null, url + RESULT_PATH, Map.of());
        long begin = System.nanoTime();
        List<String> tail = results.tail(chroot, 100);
        double seconds = (System.nanoTime() - begin) / 1e9;
        long usedMib = (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / MIB;
        System.out.printf("tail 100 lines of a %d MiB builder-live.log (%d MiB gzipped) with -Xmx%d MiB heap:"
                        + " %.2f s (%.0f MiB/s), last line '%s', heap in use after %d MiB%n", size / MIB,
                Files.size(log) / MIB, Runtime.getRuntime().maxMemory() / MIB, seconds, size / MIB / seconds,
                tail.get(tail.size() - 1), usedMib);
    }

    private static void send(HttpExchange exchange, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static void zeros(HttpExchange exchange, long size) throws IOException {
        exchange.sendResponseHeaders(200, size);
        byte[] chunk = new byte[64 * 1024];
        try (OutputStream out = exchange.getResponseBody()) {
            for (long sent = 0; sent < size; sent += chunk.length) {
                out.write(chunk, 0, (int) Math.min(chunk.length, size - sent));
            }
        }
    }
}
