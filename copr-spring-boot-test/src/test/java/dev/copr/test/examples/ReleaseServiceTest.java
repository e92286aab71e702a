package dev.copr.test.examples;

import static dev.copr.test.assertj.CoprStubAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.copr.client.build.Build;
import dev.copr.client.build.BuildProxy;
import dev.copr.client.build.BuildState;
import dev.copr.client.project.ProjectProxy;
import dev.copr.test.BuildProgression;
import dev.copr.test.CoprStub;
import dev.copr.test.spring.AutoConfigureCoprStub;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;

/** The Spring Boot example of docs/testing.md, kept compiling and passing here. */
@SpringBootTest
@AutoConfigureCoprStub(buildProgression = BuildProgression.ON_POLL)
class ReleaseServiceTest {

    @Autowired
    ProjectProxy projects;

    @Autowired
    BuildProxy builds;

    @Autowired
    CoprStub copr;

    @Test
    void buildsTheReleaseInCopr() {
        projects.add("tester", "release", List.of("fedora-rawhide-x86_64"));
        Build build = builds.createFromUrl("tester", "release", "https://example.com/tool-1.0-1.src.rpm");

        Build ended = builds.watcher().interval(Duration.ofMillis(1)).build().waitFor(build).get(0);

        assertThat(ended.state()).isEqualTo(BuildState.SUCCEEDED);
        assertThat(copr).receivedRequest("POST", "/build/create/url").isAuthenticatedAs("tester");
    }

    /** Stands for the application's own {@code @SpringBootApplication}. */
    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class Application {
    }
}
