package dev.copr.client.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.copr.client.ApiSamples;
import dev.copr.client.CoprClient;
import dev.copr.client.build.Build;
import dev.copr.client.build.BuildOptions;
import dev.copr.client.config.CoprConfig;
import dev.copr.client.exception.CoprException;
import dev.copr.client.exception.CoprTimeoutException;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The read timeout bounds each pause of an upload and the wait for its answer, not the upload's
 * length: a slow link may take longer than the read timeout to send a large SRPM.
 */
class UploadTimeoutTest {

    private static final Duration READ_TIMEOUT = Duration.ofMillis(700);

    @TempDir
    Path dir;

    private Path srpm(long size) throws IOException {
        Path file = dir.resolve("hello-1.0-1.src.rpm");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(size);
        }
        return file;
    }

    private static CoprClient client(HostileCopr copr, Duration readTimeout) {
        return CoprClient.create(CoprConfig.builder().url(copr.url()).credentials(TokenWatch.LOGIN, TokenWatch.TOKEN)
                .readTimeout(readTimeout).build());
    }

    private static CoprException upload(HostileCopr copr, Path srpm) {
        return catchThrowableOfType(CoprException.class, () -> client(copr, READ_TIMEOUT).builds()
                .createFromFile("jdoe", "hello", srpm, BuildOptions.builder().chroots("fedora-41-x86_64").build()));
    }

    /**
     * 64 MiB taken at 2 MiB per 100 ms: three seconds in all, three times the read timeout. The
     * kernel buffers a few MiB of the end (the client's send buffer; the stub's receive buffer is
     * small), which Copr takes within a quarter of a second after the client has handed over the last
     * byte, well within the timeout.
     */
    @Test
    void uploadThatFlowsLongerThanTheReadTimeoutSucceeds() throws IOException {
        Duration readTimeout = Duration.ofSeconds(1);
        Path srpm = srpm(64L << 20);
        try (HostileCopr copr = HostileCopr.startLeavingBodies((socket, out) -> {
            readSlowlyToTheEndOfTheMultipartBody(socket.getInputStream(), Files.size(srpm));
            byte[] body = ApiSamples.build(7).getBytes(StandardCharsets.UTF_8);
            out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + body.length
                    + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
        })) {
            long start = System.nanoTime();

            Build build = client(copr, readTimeout).builds().createFromFile("jdoe", "hello", srpm,
                    BuildOptions.builder().chroots("fedora-41-x86_64").build());

            assertThat(build.id()).isEqualTo(7);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThan(readTimeout.multipliedBy(2));
            assertThat(copr.requests()).isEqualTo(1);
        }
    }

    /** Reads at 2 MiB per 100 ms until the file and the closing {@code --boundary--} have arrived. */
    private static void readSlowlyToTheEndOfTheMultipartBody(InputStream in, long fileSize)
            throws IOException, InterruptedException {
        byte[] chunk = new byte[64 * 1024];
        long total = 0;
        long sincePause = 0;
        String end = "";
        for (int n = in.read(chunk); n >= 0; n = in.read(chunk)) {
            total += n;
            sincePause += n;
            end = end + new String(chunk, Math.max(0, n - 8), Math.min(n, 8), StandardCharsets.ISO_8859_1);
            end = end.substring(Math.max(0, end.length() - 8));
            if (total > fileSize && end.endsWith("--\r\n")) {
                return;
            }
            if (sincePause >= 2 << 20) {
                Thread.sleep(100);
                sincePause = 0;
            }
        }
    }

    @Test
    void uploadCoprStopsTakingIsAReadTimeoutNotRepeated() throws IOException {
        try (HostileCopr copr = HostileCopr.startLeavingBodies(HostileCopr.silence())) {
            long start = System.nanoTime();

            CoprException e = upload(copr, srpm(64L << 20));

            assertThat(e).isExactlyInstanceOf(CoprTimeoutException.class);
            assertThat(e.getMessage()).isEqualTo("Copr request POST /api_3/build/create/upload timed out: read timeout"
                    + " (readTimeout, PT0.7S) exceeded: no data from Copr for PT0.7S while sending the upload (Copr took"
                    + " no more of it)");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(READ_TIMEOUT, Duration.ofSeconds(4));
            assertThat(copr.requests()).isEqualTo(1);
        }
    }

    @Test
    void noAnswerAfterTheUploadIsAReadTimeoutNotRepeated() throws IOException {
        try (HostileCopr copr = HostileCopr.start(HostileCopr.silence())) {
            long start = System.nanoTime();

            CoprException e = upload(copr, srpm(1L << 20));

            assertThat(e).isExactlyInstanceOf(CoprTimeoutException.class);
            assertThat(e.getMessage()).endsWith("no data from Copr for PT0.7S while waiting for the answer to the upload");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(READ_TIMEOUT, Duration.ofSeconds(4));
            assertThat(copr.requests()).isEqualTo(1);
        }
    }
}
