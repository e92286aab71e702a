package dev.copr.test.spring;

import static dev.copr.test.assertj.CoprStubAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.copr.autoconfigure.CoprConnectionDetails;
import dev.copr.client.CoprClient;
import dev.copr.client.build.Build;
import dev.copr.client.build.BuildProxy;
import dev.copr.client.build.BuildState;
import dev.copr.client.project.ProjectProxy;
import dev.copr.test.BuildProgression;
import dev.copr.test.CoprStub;

import java.util.List;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(properties = "copr.url=https://copr.invalid")
@AutoConfigureCoprStub(buildProgression = BuildProgression.ON_POLL)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AutoConfigureCoprStubTest {

    @Autowired
    CoprStub copr;

    @Autowired
    CoprConnectionDetails connectionDetails;

    @Autowired
    CoprClient client;

    @Autowired
    ProjectProxy projects;

    @Autowired
    BuildProxy builds;

    @Test
    @Order(1)
    void autoConfiguredProxiesTalkToTheStubAsItsDefaultUser() {
        projects.add("tester", "demo", List.of("fedora-rawhide-x86_64"));
        Build build = builds.createFromUrl("tester", "demo", "https://example.com/foo-1.0-1.src.rpm");

        List<Build> ended = builds.watcher().sleeper(pause -> { }).build().waitFor(build);

        assertThat(connectionDetails.getUrl()).isEqualTo(copr.url());
        assertThat(client.authCheck().name()).isEqualTo("tester");
        assertThat(ended.get(0).state()).isEqualTo(BuildState.SUCCEEDED);
        assertThat(copr).receivedRequest("POST", "/build/create/url").isAuthenticatedAs("tester")
                .hasBodyField("pkgs", List.of("https://example.com/foo-1.0-1.src.rpm"));
        assertThat(copr).answeredEveryRequestSuccessfully();
    }

    @Test
    @Order(2)
    void stubIsResetAfterEachTest() {
        assertThat(copr.requests()).isEmpty();
        assertThat(projects.getList(null).items()).isEmpty();
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class App {
    }
}
