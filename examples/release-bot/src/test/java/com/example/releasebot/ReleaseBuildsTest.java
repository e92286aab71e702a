package com.example.releasebot;

import static dev.copr.test.assertj.CoprStubAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.copr.client.project.ProjectProxy;
import dev.copr.test.BuildProgression;
import dev.copr.test.CoprStub;
import dev.copr.test.spring.AutoConfigureCoprStub;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The bot against the test kit's Copr stub, configured by its own application.yml. */
@SpringBootTest(properties = {"release.owner=tester", "release.poll-interval=10ms"})
@AutoConfigureCoprStub(buildProgression = BuildProgression.ON_POLL)
class ReleaseBuildsTest {

    @Autowired
    ReleaseBuilds releases;

    @Autowired
    ProjectProxy projects;

    @Autowired
    CoprStub copr;

    @BeforeEach
    void project() {
        projects.add("tester", "tools", List.of("fedora-rawhide-x86_64"));
    }

    @Test
    void buildsTheReleaseAndWaitsForItsEnd() {
        boolean built = releases.build("https://example.com/tool-1.0-1.src.rpm");

        assertThat(built).isTrue();
        assertThat(copr).receivedRequest("POST", "/build/create/url").isAuthenticatedAs("tester");
    }
}
