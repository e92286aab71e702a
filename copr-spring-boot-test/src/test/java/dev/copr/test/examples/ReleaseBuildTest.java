package dev.copr.test.examples;

import static dev.copr.test.assertj.CoprStubAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.copr.client.CoprClient;
import dev.copr.client.build.Build;
import dev.copr.client.build.BuildState;
import dev.copr.client.build.Builds;
import dev.copr.client.source.ScmSource;
import dev.copr.test.BuildProgression;
import dev.copr.test.CoprStub;
import dev.copr.test.junit.CoprStubTest;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The JUnit example of docs/testing.md, kept compiling and passing here. */
@CoprStubTest(buildProgression = BuildProgression.ON_POLL)
class ReleaseBuildTest {

    @Test
    void releaseBuildSucceeds(CoprStub copr, CoprClient client) {
        client.projects().add("tester", "release", List.of("fedora-rawhide-x86_64"));
        Build build = client.builds().createFromScm("tester", "release",
                ScmSource.of("https://github.com/example/tool.git"));

        List<Build> ended = client.builds().watcher().interval(Duration.ofMillis(1)).build()
                .waitFor(build);

        assertThat(Builds.succeeded(ended)).isTrue();
        assertThat(copr).receivedRequest("POST", "/build/create/scm")
                .isAuthenticatedAs("tester")
                .hasBodyField("clone_url", "https://github.com/example/tool.git");
    }

    @Test
    void failedBuildIsReported(CoprStub copr, CoprClient client) {
        client.projects().add("tester", "release", List.of("fedora-rawhide-x86_64"));
        copr.buildOutcome(BuildState.FAILED);
        Build build = client.builds().createFromUrl("tester", "release", "https://example.com/tool-1.0-1.src.rpm");

        List<Build> ended = client.builds().watcher().interval(Duration.ofMillis(1)).build()
                .waitFor(build);

        assertThat(ended.get(0).state()).isEqualTo(BuildState.FAILED);
    }
}
