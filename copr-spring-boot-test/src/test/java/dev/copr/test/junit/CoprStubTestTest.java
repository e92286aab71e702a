package dev.copr.test.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.copr.client.CoprClient;
import dev.copr.client.build.Build;
import dev.copr.client.build.BuildState;
import dev.copr.client.exception.CoprException;
import dev.copr.test.BuildProgression;
import dev.copr.test.CoprStub;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

@CoprStubTest(buildProgression = BuildProgression.ON_POLL)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CoprStubTestTest {

    private static CoprStub previous;

    @BeforeEach
    void project(CoprClient client) {
        client.projects().add("tester", "demo", List.of("fedora-rawhide-x86_64"));
    }

    @Test
    @Order(1)
    void injectsTheStubAndAClientOfItsDefaultUser(CoprStub copr, CoprClient client) {
        Build build = client.builds().createFromUrl("tester", "demo", "https://example.com/a-1-1.src.rpm");

        List<Build> ended = client.builds().watcher().sleeper(pause -> { }).build().waitFor(build);

        assertThat(copr.buildProgression()).isEqualTo(BuildProgression.ON_POLL);
        assertThat(ended.get(0).state()).isEqualTo(BuildState.SUCCEEDED);
        assertThat(client.config().url()).isEqualTo(copr.url());
        previous = copr;
    }

    @Test
    @Order(2)
    void eachTestMethodGetsAFreshStubAndTheLastOneIsClosed(CoprStub copr) {
        assertThat(copr).isNotSameAs(previous);
        assertThat(copr.buildIds()).isEmpty();
        assertThatThrownBy(() -> CoprClient.create(previous.clientConfig()).home())
                .isInstanceOf(CoprException.class);
    }
}
