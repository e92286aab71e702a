package dev.copr.client.build;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.notFound;
import static dev.copr.client.build.BuildScenarios.build;
import static dev.copr.client.build.BuildScenarios.polls;
import static dev.copr.client.build.BuildScenarios.progress;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.copr.client.CoprWireMock;
import dev.copr.client.FakeTime;
import dev.copr.client.exception.CoprNoResultException;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class BuildWatcherTest {

    @RegisterExtension
    static final CoprWireMock copr = CoprWireMock.create();

    private final FakeTime time = new FakeTime();

    private final BuildProxy proxy = copr.client().builds();

    private BuildWatcher.Builder watcher() {
        return proxy.watcher().interval(Duration.ofSeconds(30)).clock(time).sleeper(time);
    }

    @Test
    void pollsEachBuildUntilItEndsAndNeverAgain() {
        progress(copr, 7, "pending", "importing", "running", "succeeded");
        progress(copr, 9, "running", "failed");

        watcher().build().waitForIds(7, 9);

        assertThat(polls(copr, 7)).isEqualTo(4);
        assertThat(polls(copr, 9)).isEqualTo(2);
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(30), Duration.ofSeconds(30), Duration.ofSeconds(30));
    }

    @Test
    void returnsTheBuildsAsLastPolledInTheOrderGiven() {
        progress(copr, 7, "pending", "running", "succeeded");
        progress(copr, 9, "running", "failed");
        progress(copr, 8, "canceled");

        List<Build> ended = watcher().build().waitFor(build(9, BuildState.RUNNING), build(7, BuildState.PENDING),
                build(8, BuildState.PENDING));

        assertThat(ended).extracting(Build::id).containsExactly(9L, 7L, 8L);
        assertThat(ended).extracting(Build::state)
                .containsExactly(BuildState.FAILED, BuildState.SUCCEEDED, BuildState.CANCELED);
        assertThat(ended.get(0).repoUrl()).endsWith("/results/@copr/copr-dev");
    }

    @Test
    void firstPollIsImmediate() {
        progress(copr, 7, "skipped");

        List<Build> ended = watcher().build().waitForIds(7);

        assertThat(ended).extracting(Build::state).containsExactly(BuildState.SKIPPED);
        assertThat(time.sleeps()).isEmpty();
    }

    @Test
    void defaultWatcherReturnsEndedBuildWithoutSleeping() {
        progress(copr, 7, "succeeded");

        List<Build> ended = proxy.watcher().build().waitFor(List.of(build(7, BuildState.RUNNING)));

        assertThat(ended).extracting(Build::state).containsExactly(BuildState.SUCCEEDED);
        assertThat(polls(copr, 7)).isEqualTo(1);
    }

    @Test
    void forkedIsNotEndedAsInPythonCopr() {
        progress(copr, 7, "forked", "succeeded");

        watcher().build().waitForIds(7);

        assertThat(polls(copr, 7)).isEqualTo(2);
    }

    @Test
    void tellsTheListenerOnlyOfStatesThatDifferFromTheKnownOne() {
        progress(copr, 7, "pending", "pending", "running", "succeeded");
        List<String> changes = new ArrayList<>();

        watcher().onStateChange((build, previous) -> changes.add(build.id() + ": " + previous + " -> " + build.state()))
                .build().waitFor(build(7, BuildState.PENDING));

        assertThat(changes).containsExactly("7: PENDING -> RUNNING", "7: RUNNING -> SUCCEEDED");
    }

    @Test
    void tellsTheListenerOfTheFirstPollOfABuildGivenById() {
        progress(copr, 7, "running", "running", "failed");
        progress(copr, 9, "succeeded");
        List<String> changes = new ArrayList<>();

        watcher().onStateChange((build, previous) -> changes.add(build.id() + ": " + previous + " -> " + build.state()))
                .build().waitForIds(7, 9);

        assertThat(changes).containsExactly("7: null -> RUNNING", "9: null -> SUCCEEDED", "7: RUNNING -> FAILED");
    }

    @Test
    void callsAfterEachPollWithAllBuildsInTheOrderGiven() {
        progress(copr, 7, "pending", "running", "succeeded");
        progress(copr, 9, "failed");
        List<List<String>> rounds = new ArrayList<>();

        watcher().afterEachPoll(builds -> rounds.add(builds.stream().map(b -> b.id() + " " + b.state().coprName()).toList()))
                .build().waitForIds(9, 7);

        assertThat(rounds).containsExactly(List.of("9 failed", "7 pending"), List.of("9 failed", "7 running"),
                List.of("9 failed", "7 succeeded"));
    }

    @Test
    void buildGivenTwiceIsPolledOnceARoundAndReturnedTwice() {
        progress(copr, 7, "running", "succeeded");

        List<Build> ended = watcher().build().waitForIds(7, 7);

        assertThat(ended).extracting(Build::id).containsExactly(7L, 7L);
        assertThat(polls(copr, 7)).isEqualTo(2);
    }

    @Test
    void noBuildsReturnAtOnce() {
        assertThat(watcher().build().waitForIds()).isEmpty();
        assertThat(copr.getAllServeEvents()).isEmpty();
    }

    @Test
    void missingBuildFailsWithCoprsText() {
        copr.stubFor(get("/api_3/build/7").willReturn(notFound().withHeader("Content-Type", "application/json")
                .withBody("{\"error\": \"Build 7 does not exist.\"}")));

        assertThatThrownBy(() -> watcher().build().waitForIds(7))
                .isInstanceOf(CoprNoResultException.class)
                .hasMessageContaining("Build 7 does not exist.");
    }
}
