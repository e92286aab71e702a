package dev.copr.test.assertj;

import static dev.copr.test.assertj.CoprStubAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.copr.client.CoprClient;
import dev.copr.client.build.Build;
import dev.copr.client.build.BuildOptions;
import dev.copr.client.build.BuildState;
import dev.copr.test.CoprStub;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoprStubAssertionsTest {

    private final CoprStub copr = CoprStub.start();
    private final CoprClient client = copr.client();

    @BeforeEach
    void project() {
        client.projects().add("tester", "demo", List.of("fedora-rawhide-x86_64"));
    }

    @AfterEach
    void stop() {
        copr.close();
    }

    @Test
    void passesOnWhatTheStubReceived() {
        Build build = client.builds().createFromUrl("tester", "demo", "https://example.com/a-1-1.src.rpm",
                BuildOptions.builder().chroots("fedora-rawhide-x86_64").timeout(Duration.ofHours(1)).build());
        client.projects().get("tester", "demo");

        assertThat(copr).receivedRequests(1, "POST", "/build/create/url").receivedNoRequest("DELETE", "/build/delete/1")
                .hasBuildInState(build.id(), BuildState.PENDING).answeredEveryRequestSuccessfully();
        assertThat(copr).receivedRequest("POST", "/api_3/build/create/url").hasStatus(200).isAuthenticatedAs("tester")
                .hasBodyField("timeout", 3600L).hasBodyField("chroots", List.of("fedora-rawhide-x86_64"))
                .hasNoBodyField("project_dirname");
        assertThat(copr).receivedRequest("GET", "/project").isAnonymous().hasQueryParam("projectname", "demo");
    }

    @Test
    void failuresListWhatWasReceived() {
        assertThatThrownBy(() -> assertThat(copr).receivedRequest("POST", "/build/create/scm"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expected the Copr stub to have received POST /build/create/scm")
                .hasMessageContaining("POST /project/add/tester -> 200");
    }

    @Test
    void failedRequestsAreReported() {
        client.projects().getList(null);
        try {
            client.projects().get("tester", "nothing");
        } catch (RuntimeException expected) {
            // the 404 is what this test is about
        }

        assertThatThrownBy(() -> assertThat(copr).answeredEveryRequestSuccessfully())
                .isInstanceOf(AssertionError.class).hasMessageContaining("GET /project -> 404");
    }

    @Test
    void uploadMustMatchTheLocalFile(@TempDir Path dir) throws Exception {
        Path sent = Files.writeString(dir.resolve("a-1-1.src.rpm"), "sent");
        Path other = Files.writeString(Files.createDirectory(dir.resolve("other")).resolve("a-1-1.src.rpm"), "else");
        client.builds().createFromFile("tester", "demo", sent);

        assertThat(copr).receivedRequest("POST", "/build/create/upload").hasUploaded("pkgs", sent);
        assertThatThrownBy(() -> assertThat(copr).receivedRequest("POST", "/build/create/upload")
                .hasUploaded("pkgs", other)).isInstanceOf(AssertionError.class).hasMessageContaining("other content");
    }
}
