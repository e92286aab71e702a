package dev.copr.client.result;

import static dev.copr.client.result.ResultSamples.BUILD_ID;
import static dev.copr.client.result.ResultSamples.RAWHIDE;
import static dev.copr.client.result.ResultSamples.resultPath;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import dev.copr.client.CoprClient;
import dev.copr.client.config.CoprConfig;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Proves that downloads stream: a 1 GiB RPM comes down into a JVM with a 64 MiB heap. Runs in its own
 * surefire execution ({@code large-download}, {@code -Xmx64m}). The server is the JDK's own, API and
 * results host in one, because WireMock would hold the whole body in memory.
 */
@Tag("large-download")
class LargeDownloadTest {

    private static final long GIB = 1L << 30;
    private static final String RPM = "huge-1.0-1.fc41.x86_64.rpm";

    @TempDir
    Path destination;

    private HttpServer server;

    @BeforeEach
    void startCoprAndResultsHost() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api_3/build-chroot/list", exchange -> json(exchange, ResultSamples.chrootList(
                ResultSamples.chroot(RAWHIDE, "succeeded", url()))));
        server.createContext("/api_3/build/built-packages/" + BUILD_ID, exchange -> json(exchange, """
                {"%s": {"packages": [{"name": "huge", "epoch": 0, "version": "1.0", "release": "1.fc41",
                                      "arch": "x86_64"}]}}""".formatted(RAWHIDE)));
        server.createContext("/api_3/project", exchange -> json(exchange, ResultSamples.project("backend", false)));
        server.createContext(resultPath(RAWHIDE) + RPM, LargeDownloadTest::oneGibibyte);
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    @Test
    void downloadsOneGibibyteRpmWithinA64MibHeap() throws IOException {
        assertThat(Runtime.getRuntime().maxMemory())
                .as("heap limit; run through the large-download surefire execution (-Xmx64m)")
                .isLessThanOrEqualTo(64L << 20);
        BuildResults results = CoprClient.create(CoprConfig.builder().url(url()).build()).results();

        long started = System.nanoTime();
        List<DownloadedFile> files = results.download(ResultSamples.build(), destination,
                DownloadOptions.builder().kinds(ResultKind.BINARY_RPM).build());
        long millis = Math.max(1, (System.nanoTime() - started) / 1_000_000);

        assertThat(files).extracting(DownloadedFile::size, DownloadedFile::outcome)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(GIB, DownloadOutcome.DOWNLOADED));
        assertThat(Files.size(destination.resolve(RAWHIDE).resolve(RPM))).isEqualTo(GIB);
        System.out.printf("1 GiB downloaded in %d ms (%d MiB/s) with a heap of %d MiB%n", millis,
                (GIB >> 20) * 1000 / millis, Runtime.getRuntime().maxMemory() >> 20);
    }

    private String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private static void json(HttpExchange exchange, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void oneGibibyte(HttpExchange exchange) throws IOException {
        exchange.sendResponseHeaders(200, GIB);
        byte[] chunk = new byte[64 * 1024];
        try (OutputStream out = exchange.getResponseBody()) {
            for (long sent = 0; sent < GIB; sent += chunk.length) {
                out.write(chunk);
            }
        }
    }
}
