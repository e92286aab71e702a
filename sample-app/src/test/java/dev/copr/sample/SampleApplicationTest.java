package dev.copr.sample;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copr.client.build.BuildState;
import dev.copr.test.CoprStub;
import dev.copr.test.ReceivedFile;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The sample app as it starts by default: against the in-process stub, offline, running its tour.
 * One test, because the test kit resets the stub after each test method and the tour runs once.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "sample.watch-interval=10ms")
@ExtendWith(OutputCaptureExtension.class)
class SampleApplicationTest {

    @Autowired
    CoprStub stub;

    @LocalServerPort
    int port;

    @Test
    void tourBuildsFromUrlAndUploadWatchesThemAndShowsTheResultsOverRestAndActuator(CapturedOutput output)
            throws Exception {
        assertThat(stub.buildIds()).hasSize(2);
        assertThat(stub.buildIds()).allSatisfy(id -> assertThat(stub.buildState(id)).isEqualTo(BuildState.SUCCEEDED));
        List<ReceivedFile> uploads = stub.receivedFiles();
        assertThat(uploads).singleElement().satisfies(file -> {
            assertThat(file.filename()).isEqualTo("hello-1.0-1.src.rpm");
            assertThat(file.size()).isEqualTo(4 * 1024 * 1024);
        });
        assertThat(output)
                .contains("Talking to an in-process Copr stub")
                .contains("logged in as tester")
                .contains("Project tester/copr-spring-boot-sample builds for [fedora-rawhide-x86_64]")
                .contains("submitted from https://example.org/hello-1.0-1.src.rpm")
                .contains("Uploading hello-1.0-1.src.rpm: 4194304 of 4194304 bytes (100%)")
                .contains("pending -> importing").contains("running -> succeeded")
                .contains("All builds succeeded")
                .containsPattern("keeps serving .* on port \\d+ until stopped")
                .doesNotContain("PENDING", "SUCCEEDED")
                .doesNotContain(stub.defaultUser().token());

        assertThat(get("/builds")).contains("\"state\":\"succeeded\"").contains("\"projectname\":\"copr-spring-boot-sample\"");
        assertThat(get("/actuator/health/copr")).contains("\"status\":\"UP\"").contains("\"user\":\"tester\"");
        assertThat(get("/actuator/metrics/copr.client.requests?tag=operation:build.create_from_file"))
                .contains("\"name\":\"copr.client.requests\"");
        assertThat(get("/actuator/metrics/copr.client.upload.size")).contains("4194304");
        assertThat(get("/actuator/metrics/copr.build.watch?tag=outcome:SUCCEEDED")).contains("COUNT");
    }

    private String get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + " answered " + response.body()).isEqualTo(200);
        return response.body();
    }
}
