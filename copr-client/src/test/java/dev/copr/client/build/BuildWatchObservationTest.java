package dev.copr.client.build;

import static io.micrometer.observation.tck.TestObservationRegistryAssert.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.copr.client.CoprClient;
import dev.copr.client.CoprWireMock;
import dev.copr.client.FakeTime;

import java.time.Duration;

import io.micrometer.observation.tck.TestObservationRegistry;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class BuildWatchObservationTest {

    @RegisterExtension
    static final CoprWireMock copr = CoprWireMock.create();

    private final TestObservationRegistry registry = TestObservationRegistry.create();
    private final FakeTime time = new FakeTime();

    private BuildWatcher.Builder watcher() {
        CoprClient client = CoprClient.builder(copr.anonymousConfig().build())
                .observationRegistry(registry).build();
        return client.builds().watcher().clock(time).sleeper(time);
    }

    @Test
    void observesAWatchThatEndsWithAllBuildsSucceeded() {
        BuildScenarios.progress(copr, 7, "running", "succeeded");

        watcher().build().waitForIds(7);

        assertThat(registry).hasObservationWithNameEqualTo("copr.build.watch").that()
                .hasLowCardinalityKeyValue("outcome", "SUCCEEDED")
                .hasHighCardinalityKeyValue("builds", "1")
                .hasBeenStopped();
    }

    @Test
    void observesAWatchWithAFailedBuild() {
        BuildScenarios.progress(copr, 7, "succeeded");
        BuildScenarios.progress(copr, 8, "running", "failed");

        watcher().build().waitForIds(7, 8);

        assertThat(registry).hasObservationWithNameEqualTo("copr.build.watch").that()
                .hasLowCardinalityKeyValue("outcome", "FAILED");
    }

    @Test
    void observesAWatchThatListensToEndSignals() {
        BuildScenarios.progress(copr, 7, "running", "succeeded");
        TimelineEndSignals signals = new TimelineEndSignals(time)
                .end(Duration.ofMinutes(1), 7, "fedora-rawhide-x86_64", BuildState.SUCCEEDED);

        watcher().endSignals(signals).build().waitForIds(7);

        assertThat(registry).hasObservationWithNameEqualTo("copr.build.watch").that()
                .hasLowCardinalityKeyValue("outcome", "SUCCEEDED").hasBeenStopped();
    }

    @Test
    void observesAnInterruptWhileAwaitingEndSignals() {
        BuildScenarios.progress(copr, 7, "running");
        TimelineEndSignals signals = new TimelineEndSignals(time)
                .interrupt(Duration.ofMinutes(1), new InterruptedException());

        catchThrowable(() -> watcher().endSignals(signals).build().waitForIds(7));
        Thread.interrupted();

        assertThat(registry).hasObservationWithNameEqualTo("copr.build.watch").that()
                .hasLowCardinalityKeyValue("outcome", "INTERRUPTED").hasError();
    }

    @Test
    void observesATimeout() {
        BuildScenarios.progress(copr, 7, "running");

        catchThrowable(() -> watcher().timeout(Duration.ofMinutes(1)).build().waitForIds(7));

        assertThat(registry).hasObservationWithNameEqualTo("copr.build.watch").that()
                .hasLowCardinalityKeyValue("outcome", "TIMEOUT").hasError();
    }
}
