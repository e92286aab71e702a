package dev.copr.sample;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copr.client.build.BuildState;
import dev.copr.test.CoprStub;
import dev.copr.test.ReceivedFile;
import dev.copr.test.ResultFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The sample app as it starts by default: against the in-process stub, offline, running its tour.
 * One test, because the test kit resets the stub after each test method and the tour runs once.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "sample.watch-interval=10ms")
@ExtendWith(OutputCaptureExtension.class)
class SampleApplicationTest {

    private static final Path RESULTS_DIR = temporaryDirectory();

    @Autowired
    CoprStub stub;

    @DynamicPropertySource
    static void resultsDir(DynamicPropertyRegistry registry) {
        registry.add("sample.results-dir", RESULTS_DIR::toString);
    }

    @LocalServerPort
    int port;

    @Test
    void tourBuildsFromUrlAndUploadWatchesThemAndShowsTheResultsOverRestAndActuator(CapturedOutput output)
            throws Exception {
        assertThat(stub.buildIds()).as("two builds submitted, then a rebuild of each one's failed chroot").hasSize(4);
        List<Long> submitted = stub.buildIds().subList(0, 2);
        assertThat(submitted).allSatisfy(id -> assertThat(stub.buildState(id)).isEqualTo(BuildState.FAILED));
        List<ReceivedFile> uploads = stub.receivedFiles();
        assertThat(uploads).singleElement().satisfies(file -> {
            assertThat(file.filename()).isEqualTo("hello-1.0-1.src.rpm");
            assertThat(file.size()).isEqualTo(4 * 1024 * 1024);
        });
        assertThat(output)
                .contains("Talking to an in-process Copr stub")
                .contains("logged in as tester")
                .contains("tester/copr-spring-boot-sample created: chroots: ")
                .contains("; it builds for [fedora-rawhide-aarch64, fedora-rawhide-x86_64]")
                .contains("submitted from https://example.org/hello-1.0-1.src.rpm")
                .contains("Uploading hello-1.0-1.src.rpm: 4194304 of 4194304 bytes (100%)")
                .contains("pending -> importing").contains("running -> failed")
                .contains("Some builds did not succeed")
                .containsPattern("keeps serving .* on port \\d+ until stopped")
                .doesNotContain("PENDING", "SUCCEEDED")
                .doesNotContain(stub.defaultUser().token());

        for (long id : submitted) {
            assertThat(output).contains("Build " + id + " failed in fedora-rawhide-aarch64; the end of its builder-live.log:"
                    + System.lineSeparator())
                    .containsPattern("Build " + id + " failed in \\[fedora-rawhide-aarch64]: its SRPM is rebuilt there as build \\d+");
            for (String rpm : List.of("hello-1.0-1.x86_64.rpm", "hello-1.0-1.src.rpm")) {
                Path file = RESULTS_DIR.resolve(String.valueOf(id)).resolve("fedora-rawhide-x86_64").resolve(rpm);
                assertThat(sha256(Files.readAllBytes(file))).as(file.toString())
                        .isEqualTo(served(id, rpm).sha256());
                assertThat(output).contains("Build " + id + ": " + file + " (" + Files.size(file) + " bytes): downloaded");
            }
        }
        assertThat(output).contains(System.lineSeparator() + "Copr build error: Build failed" + System.lineSeparator());
        assertThat(stub.requests("POST", "/api_3/build/create/url")).hasSize(3).last()
                .satisfies(rebuild -> assertThat(rebuild.body()).containsEntry("chroots", List.of("fedora-rawhide-aarch64")));
        try (Stream<Path> downloaded = Files.walk(RESULTS_DIR)) {
            assertThat(downloaded.filter(Files::isRegularFile)).hasSize(4);
        }

        assertThat(get("/builds")).contains("\"state\":\"failed\"").contains("\"projectname\":\"copr-spring-boot-sample\"");
        assertThat(get("/actuator/health/copr")).contains("\"status\":\"UP\"").contains("\"user\":\"tester\"");
        assertThat(get("/actuator/metrics/copr.client.requests?tag=operation:build.create_from_file"))
                .contains("\"name\":\"copr.client.requests\"");
        assertThat(get("/actuator/metrics/copr.client.upload.size")).contains("4194304");
        assertThat(get("/actuator/metrics/copr.build.watch?tag=outcome:FAILED")).contains("COUNT");
    }

    private ResultFile served(long buildId, String name) {
        return stub.resultFiles(buildId, "fedora-rawhide-x86_64").stream().filter(file -> file.name().equals(name))
                .findFirst().orElseThrow();
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("copr-results");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + " answered " + response.body()).isEqualTo(200);
        return response.body();
    }
}
