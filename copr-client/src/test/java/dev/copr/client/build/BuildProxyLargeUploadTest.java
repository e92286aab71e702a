package dev.copr.client.build;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import dev.copr.client.ApiSamples;
import dev.copr.client.CoprClient;
import dev.copr.client.config.CoprConfig;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Proves that {@code createFromFile} streams: a 1 GiB SRPM goes up from a JVM with a 64 MiB heap.
 * Runs in its own surefire execution ({@code large-upload}, {@code -Xmx64m}). The server is the
 * JDK's own, because WireMock would hold the whole body in memory.
 */
@Tag("large-upload")
class BuildProxyLargeUploadTest {

    private static final long GIB = 1L << 30;
    private static final int HEAD_BYTES = 64 * 1024;
    private static final int TAIL_BYTES = 256;

    @TempDir
    Path dir;

    private HttpServer server;
    private final Received received = new Received();

    @BeforeEach
    void startDiscardingCopr() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api_3/build/create/upload", this::discardAndAnswerBuild);
        server.start();
    }

    @AfterEach
    void stopCopr() {
        server.stop(0);
    }

    @Test
    void uploadsOneGibibyteSrpmWithinA64MibHeap() throws IOException {
        assertThat(Runtime.getRuntime().maxMemory())
                .as("heap limit; run through the large-upload surefire execution (-Xmx64m)")
                .isLessThanOrEqualTo(64L << 20);
        Path srpm = dir.resolve("huge-1.0-1.src.rpm");
        try (RandomAccessFile file = new RandomAccessFile(srpm.toFile(), "rw")) {
            file.setLength(GIB);
        }
        AtomicLong lastSent = new AtomicLong(-1);
        AtomicLong lastTotal = new AtomicLong(-1);
        BuildProxy builds = CoprClient.create(CoprConfig.builder()
                .url("http://127.0.0.1:" + server.getAddress().getPort()).credentials("login", "token").build()).builds();

        Build build = builds.createFromFile("jdoe", "huge", srpm, BuildOptions.builder().chroots("fedora-41-x86_64").build(),
                (sent, total) -> {
                    lastSent.set(sent);
                    lastTotal.set(total);
                });

        assertThat(build.id()).isEqualTo(301);
        assertThat(received.bytes).isGreaterThanOrEqualTo(GIB);
        assertThat(lastSent.get()).isEqualTo(GIB);
        assertThat(lastTotal.get()).isEqualTo(GIB);
        assertThat(received.authorization).isEqualTo(ApiSamples.BASIC_AUTH);
        assertThat(received.contentType).startsWith("multipart/form-data");
        String boundary = received.contentType.replaceFirst(".*boundary=", "");
        assertThat(received.head())
                .startsWith("--" + boundary + "\r\n")
                .contains("Content-Disposition: form-data; name=\"json\"; filename=\"json\"\r\n")
                .contains("Content-Type: application/json\r\n")
                .contains("{\"ownername\":\"jdoe\",\"projectname\":\"huge\",\"chroots\":[\"fedora-41-x86_64\"]}")
                .contains("Content-Disposition: form-data; name=\"pkgs\"; filename=\"huge-1.0-1.src.rpm\"\r\n")
                .contains("Content-Type: application/x-rpm\r\n");
        assertThat(received.tail()).endsWith("\r\n--" + boundary + "--\r\n");
    }

    private void discardAndAnswerBuild(HttpExchange exchange) throws IOException {
        received.authorization = exchange.getRequestHeaders().getFirst("Authorization");
        received.contentType = exchange.getRequestHeaders().getFirst("Content-Type");
        try (InputStream body = exchange.getRequestBody()) {
            received.consume(body);
        }
        byte[] answer = ApiSamples.build(301).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, answer.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(answer);
        }
    }

    /** What the server saw: headers, the byte count, and the first and last bytes of the body. */
    private static final class Received {
        volatile String authorization;
        volatile String contentType;
        volatile long bytes;
        private final ByteArrayOutputStream head = new ByteArrayOutputStream();
        private byte[] tail = new byte[0];

        synchronized void consume(InputStream body) throws IOException {
            byte[] buffer = new byte[64 * 1024];
            long count = 0;
            for (int n = body.read(buffer); n >= 0; n = body.read(buffer)) {
                if (head.size() < HEAD_BYTES) {
                    head.write(buffer, 0, Math.min(n, HEAD_BYTES - head.size()));
                }
                tail = lastBytes(tail, buffer, n);
                count += n;
            }
            bytes = count;
        }

        synchronized String head() {
            return head.toString(StandardCharsets.ISO_8859_1);
        }

        synchronized String tail() {
            return new String(tail, StandardCharsets.ISO_8859_1);
        }

        private static byte[] lastBytes(byte[] previous, byte[] buffer, int n) {
            int fromBuffer = Math.min(n, TAIL_BYTES);
            int fromPrevious = Math.min(previous.length, TAIL_BYTES - fromBuffer);
            byte[] last = new byte[fromPrevious + fromBuffer];
            System.arraycopy(previous, previous.length - fromPrevious, last, 0, fromPrevious);
            System.arraycopy(buffer, n - fromBuffer, last, fromPrevious, fromBuffer);
            return last;
        }
    }
}
