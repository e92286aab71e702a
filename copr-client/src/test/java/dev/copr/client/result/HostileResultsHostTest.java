package dev.copr.client.result;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.copr.client.result.ResultSamples.BUILD_ID;
import static dev.copr.client.result.ResultSamples.RAWHIDE;
import static dev.copr.client.result.ResultSamples.chroot;
import static dev.copr.client.result.ResultSamples.chrootList;
import static dev.copr.client.result.ResultSamples.resultPath;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.Fault;

import dev.copr.client.CoprWireMock;
import dev.copr.client.exception.CoprRequestException;
import dev.copr.client.exception.CoprTimeoutException;
import dev.copr.client.fault.HostileCopr;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A results host that misbehaves ends the download in a {@code CoprException}, with nothing left behind. */
class HostileResultsHostTest {

    private static final String RPM = "hello-2.12-1.fc41.x86_64.rpm";
    private static final DownloadOptions RPMS = DownloadOptions.builder().chroots(RAWHIDE)
            .kinds(ResultKind.BINARY_RPM).build();

    @RegisterExtension
    static final CoprWireMock copr = CoprWireMock.create();

    @RegisterExtension
    static final CoprWireMock resultsHost = CoprWireMock.create();

    @TempDir
    Path workspace;

    @Test
    void aRedirectLoopEndsAfterFiveRedirects() {
        copr(resultsHost.baseUrl());
        resultsHost.stubFor(get(resultPath(RAWHIDE) + RPM)
                .willReturn(aResponse().withStatus(302).withHeader("Location", "/elsewhere")));
        resultsHost.stubFor(get("/elsewhere")
                .willReturn(aResponse().withStatus(302).withHeader("Location", resultPath(RAWHIDE) + RPM)));

        assertThatThrownBy(this::download).isInstanceOf(CoprRequestException.class)
                .hasMessageContaining("more than 5 times");
        resultsHost.verify(6, anyRequestedFor(anyUrl()));
        assertNothingWritten();
    }

    @Test
    void aRedirectToAnotherSchemeIsRefused() {
        copr(resultsHost.baseUrl());
        resultsHost.stubFor(get(resultPath(RAWHIDE) + RPM)
                .willReturn(aResponse().withStatus(301).withHeader("Location", "ftp://127.0.0.1/" + RPM)));

        assertThatThrownBy(this::download).isInstanceOf(CoprRequestException.class)
                .hasMessageContaining("redirects to https only");
        assertNothingWritten();
    }

    @Test
    void aFileNameThatLeavesTheDirectoryIsRefusedBeforeAnyRequest() throws IOException {
        copr(resultsHost.baseUrl());
        copr.stubFor(get("/api_3/build/built-packages/" + BUILD_ID).willReturn(okJson("""
                {"%s": {"packages": [{"name": "../../../evil", "epoch": 0, "version": "1", "release": "1",
                                      "arch": "x86_64"}]}}""".formatted(RAWHIDE))));
        Path destination = Files.createDirectories(workspace.resolve("destination"));

        assertThatThrownBy(() -> copr.client().results().download(ResultSamples.build(), destination, RPMS))
                .isInstanceOf(CoprRequestException.class)
                .hasMessageContaining("'../../../evil-1-1.x86_64.rpm'").hasMessageContaining("not a plain name");
        resultsHost.verify(0, anyRequestedFor(anyUrl()));
        assertNothingWritten();
    }

    @Test
    void aChrootNameWithControlCharactersIsRefused() {
        copr.stubFor(get(urlPathEqualTo("/api_3/build-chroot/list")).willReturn(okJson(chrootList(
                chroot("fedora\\u001b[2J", "succeeded", resultsHost.baseUrl())))));
        copr.stubFor(get("/api_3/build/built-packages/" + BUILD_ID).willReturn(okJson("{}")));

        assertThatThrownBy(() -> copr.client().results().download(ResultSamples.build(), workspace))
                .isInstanceOf(CoprRequestException.class)
                .hasMessageContaining("chroot name 'fedora\\u001b[2J'");
        assertNothingWritten();
    }

    @Test
    void garbageThenCloseFailsAndRemovesThePartialFile() {
        copr(resultsHost.baseUrl());
        resultsHost.stubFor(get(resultPath(RAWHIDE) + RPM).willReturn(aResponse().withFault(Fault.RANDOM_DATA_THEN_CLOSE)));

        assertThatThrownBy(this::download).isInstanceOf(CoprRequestException.class);
        assertNothingWritten();
    }

    @Test
    void anAnswerThatNeverStartsEndsWithTheReadTimeout() {
        copr(resultsHost.baseUrl());
        resultsHost.stubFor(get(resultPath(RAWHIDE) + RPM).willReturn(aResponse().withFixedDelay(3_000).withBody("x")));

        assertThatThrownBy(() -> download(config -> config.readTimeout(Duration.ofMillis(300))))
                .isInstanceOf(CoprTimeoutException.class).hasMessageContaining("read timeout");
        assertNothingWritten();
    }

    @Test
    void aBodyThatStallsEndsWithTheReadTimeoutAndRemovesThePartialFile() throws Exception {
        try (HostileCopr host = HostileCopr.start(HostileCopr.stallAfterHeaders())) {
            copr(host.url());

            assertThatThrownBy(() -> download(config -> config.readTimeout(Duration.ofMillis(300))))
                    .isInstanceOf(CoprTimeoutException.class).hasMessageContaining("readTimeout");
        }
        assertNothingWritten();
    }

    @Test
    void anEndlessBodyEndsWithTheFileTimeoutAndRemovesThePartialFile() throws Exception {
        try (HostileCopr host = HostileCopr.start(HostileCopr.endless(200, "application/x-rpm", "", "rpm"))) {
            copr(host.url());

            assertThatThrownBy(() -> copr.client().results().download(ResultSamples.build(), workspace,
                    DownloadOptions.builder().chroots(RAWHIDE).kinds(ResultKind.BINARY_RPM)
                            .fileTimeout(Duration.ofMillis(500)).build()))
                    .isInstanceOf(CoprTimeoutException.class).hasMessageContaining("fileTimeout");
            assertThat(host.bytesSent()).isGreaterThan(0);
        }
        assertNothingWritten();
    }

    @Test
    void aBodyShorterThanItsContentLengthFailsAndRemovesThePartialFile() throws Exception {
        try (HostileCopr host = HostileCopr.start((socket, out) -> {
            out.write(head(1000));
            out.write(new byte[10]);
            out.flush();
        })) {
            copr(host.url());

            assertThatThrownBy(this::download).isInstanceOf(CoprRequestException.class);
        }
        assertNothingWritten();
    }

    @Test
    void bytesBeyondTheContentLengthAreNeverWritten() throws Exception {
        try (HostileCopr host = HostileCopr.start((socket, out) -> {
            out.write(head(10));
            out.write("0123456789 and more that was not announced".getBytes(StandardCharsets.US_ASCII));
            out.flush();
        })) {
            copr(host.url());

            download();
        }
        assertThat(Files.readString(workspace.resolve(RAWHIDE).resolve(RPM))).isEqualTo("0123456789");
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void anRpmLongerThanItsContentLengthFailsOnItsSignatureHeadersSizeAndRemovesThePartialFile(boolean longSize)
            throws Exception {
        byte[] rpm = rpm(5000, longSize);
        try (HostileCopr host = HostileCopr.start((socket, out) -> {
            out.write(head(rpm.length / 2));
            out.write(rpm);
            out.flush();
        })) {
            copr(host.url());

            assertThatThrownBy(this::download).isInstanceOf(CoprRequestException.class)
                    .hasMessageContaining("sent 2500 bytes for GET " + host.url() + resultPath(RAWHIDE) + RPM)
                    .hasMessageContaining("signature header says 5000");
        }
        assertNothingWritten();
    }

    @Test
    void anRpmOfTheSizeItsSignatureHeaderSaysIsWritten() throws Exception {
        byte[] rpm = rpm(5000, false);
        try (HostileCopr host = HostileCopr.start((socket, out) -> {
            out.write(head(rpm.length));
            out.write(rpm);
            out.flush();
        })) {
            copr(host.url());

            download();
        }
        assertThat(workspace.resolve(RAWHIDE).resolve(RPM)).hasBinaryContent(rpm);
    }

    @Test
    void downloadsNoMoreFilesAtOnceThanAsked() throws Exception {
        java.util.concurrent.atomic.AtomicInteger inFlight = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger most = new java.util.concurrent.atomic.AtomicInteger();
        try (HostileCopr host = HostileCopr.start((socket, out) -> {
            most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            Thread.sleep(300);
            inFlight.decrementAndGet();
            out.write(head(1));
            out.write('x');
            out.flush();
        })) {
            copr(host.url());

            List<DownloadedFile> files = copr.client().results().download(ResultSamples.build(), workspace,
                    DownloadOptions.builder().parallelDownloads(3).build());

            assertThat(files).hasSize(8).extracting(DownloadedFile::outcome).containsOnly(DownloadOutcome.DOWNLOADED);
            assertThat(host.requests()).isEqualTo(8);
        }
        assertThat(most.get()).isBetween(2, 3);
    }

    /**
     * An RPM as {@code rpmbuild} starts it: the lead, a signature header whose only entry is the size
     * of the header and payload after it ({@code RPMSIGTAG_SIZE}, or {@code RPMSIGTAG_LONGSIZE}),
     * padded to 8 bytes, then that many bytes.
     */
    private static byte[] rpm(int length, boolean longSize) {
        ByteBuffer rpm = ByteBuffer.allocate(length);
        rpm.putInt(0xedabeedb).put((byte) 3).put((byte) 0).position(96);
        rpm.putInt(0x8eade801).putInt(0).putInt(1).putInt(longSize ? 8 : 4)
                .putInt(longSize ? 270 : 1000).putInt(longSize ? 5 : 4).putInt(0).putInt(1);
        if (longSize) {
            rpm.putLong(length - 136);
        } else {
            rpm.putInt(length - 136).putInt(0);
        }
        while (rpm.hasRemaining()) {
            rpm.put((byte) rpm.position());
        }
        return rpm.array();
    }

    private static byte[] head(long length) {
        return ("HTTP/1.1 200 OK\r\nContent-Type: application/x-rpm\r\nContent-Length: " + length
                + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    }

    private static void copr(String resultsHostUrl) {
        copr.stubFor(get(urlPathEqualTo("/api_3/build-chroot/list"))
                .willReturn(okJson(chrootList(chroot(RAWHIDE, "succeeded", resultsHostUrl)))));
        copr.stubFor(get("/api_3/build/built-packages/" + BUILD_ID)
                .willReturn(okJson("{\"%s\": {\"packages\": [{\"name\": \"hello\", \"epoch\": 0, \"version\": \"2.12\","
                        .formatted(RAWHIDE) + " \"release\": \"1.fc41\", \"arch\": \"x86_64\"}]}}")));
        ResultSamples.stubProject(copr, "backend", false);
    }

    private List<DownloadedFile> download() {
        return download(config -> config);
    }

    private List<DownloadedFile> download(java.util.function.UnaryOperator<dev.copr.client.config.CoprConfig.Builder> settings) {
        return copr.client(settings).results().download(ResultSamples.build(), workspace, RPMS);
    }

    /** No file anywhere in the workspace: no partial download, nothing outside the destination. */
    private void assertNothingWritten() {
        try (Stream<Path> all = Files.walk(workspace)) {
            assertThat(all.filter(Files::isRegularFile)).isEmpty();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
