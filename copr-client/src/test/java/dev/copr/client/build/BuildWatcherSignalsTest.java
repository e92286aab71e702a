package dev.copr.client.build;

import static dev.copr.client.build.BuildScenarios.answers;
import static dev.copr.client.build.BuildScenarios.build;
import static dev.copr.client.build.BuildScenarios.json;
import static dev.copr.client.build.BuildScenarios.progress;
import static dev.copr.client.build.BuildScenarios.requests;
import static org.assertj.core.api.Assertions.assertThat;

import dev.copr.client.CoprClient;
import dev.copr.client.CoprWireMock;
import dev.copr.client.FakeTime;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

/** A watcher whose client has end signals asks Copr about a build only when there is news. */
class BuildWatcherSignalsTest {

    @RegisterExtension
    static final CoprWireMock copr = CoprWireMock.create();

    private static final String X86 = "fedora-41-x86_64";
    private static final String ARM = "fedora-41-aarch64";
    private static final String EPEL = "epel-9-x86_64";
    private static final String RAWHIDE = "fedora-rawhide-x86_64";
    private static final String GET_7 = "GET /api_3/build/7";
    private static final String GET_8 = "GET /api_3/build/8";
    private static final String GET_9 = "GET /api_3/build/9";

    private final FakeTime time = new FakeTime();
    private final Instant start = time.instant();
    private final TimelineEndSignals signals = new TimelineEndSignals(time);
    private final List<Duration> rounds = new ArrayList<>();
    private final Logger logger = (Logger) LoggerFactory.getLogger(BuildWatcher.class);
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();

    @BeforeEach
    void captureLog() {
        log.start();
        logger.addAppender(log);
    }

    @AfterEach
    void stopCapturing() {
        logger.detachAppender(log);
    }

    private CoprClient.Builder client() {
        return CoprClient.builder(copr.config().build());
    }

    /** A watcher of a client with end signals that notes when each round of polls happened. */
    private BuildWatcher.Builder watcher() {
        return client().buildEndSignals(signals).build().builds().watcher()
                .interval(Duration.ofSeconds(30)).clock(time).sleeper(time)
                .afterEachPoll(builds -> rounds.add(Duration.between(start, time.instant())));
    }

    @Test
    void confirmsABuildOnceAllItsChrootsEndedWithOneRequest() {
        answers(copr, 7, json(7, "running", X86, ARM, EPEL), json(7, "succeeded", X86, ARM, EPEL));
        signals.end(minutes(2), 7, "srpm-builds", BuildState.SUCCEEDED)
                .end(minutes(10), 7, X86, BuildState.SUCCEEDED)
                .end(minutes(12), 7, ARM, BuildState.SUCCEEDED)
                .end(minutes(15), 7, EPEL, BuildState.SUCCEEDED);

        List<Build> ended = watcher().build().waitForIds(7);

        assertThat(ended).extracting(Build::state).containsExactly(BuildState.SUCCEEDED);
        assertThat(requests(copr)).containsExactly(GET_7, GET_7);
        assertThat(rounds).containsExactly(Duration.ZERO, minutes(15));
        assertThat(time.sleeps()).isEmpty();
    }

    @Test
    void pollsEveryThirtyIntervalsWhenAnEndIsLostOnALiveBus() {
        answers(copr, 7, json(7, "running", X86), json(7, "succeeded", X86));

        List<Build> ended = watcher().build().waitForIds(7);

        assertThat(ended).extracting(Build::state).containsExactly(BuildState.SUCCEEDED);
        assertThat(requests(copr)).containsExactly(GET_7, GET_7);
        assertThat(rounds).containsExactly(Duration.ZERO, minutes(15));
    }

    @Test
    void subscribesToTheBuildsBeforeTheFirstPoll() {
        progress(copr, 7, "running", "succeeded");
        progress(copr, 9, "running", "succeeded");
        signals.end(minutes(1), 7, RAWHIDE, BuildState.SUCCEEDED).end(minutes(1), 9, RAWHIDE, BuildState.SUCCEEDED);
        List<Integer> requestsWhenSubscribing = new ArrayList<>();
        BuildEndSignals counting = buildIds -> {
            requestsWhenSubscribing.add(requests(copr).size());
            return signals.subscribe(buildIds);
        };

        watcher().endSignals(counting).build().waitForIds(7, 9, 7);

        assertThat(requestsWhenSubscribing).containsExactly(0);
        assertThat(signals.subscriptions()).containsExactly(Set.of(7L, 9L));
        assertThat(requests(copr)).containsExactly(GET_7, GET_9, GET_7, GET_9);
    }

    @Test
    void confirmsAtOnceWhenTheSourceBuildDidNotSucceed() {
        answers(copr, 7, json(7, "pending", X86, ARM, EPEL), json(7, "failed", X86, ARM, EPEL));
        signals.end(minutes(3), 7, "srpm-builds", BuildState.FAILED);

        List<Build> ended = watcher().build().waitForIds(7);

        assertThat(ended).extracting(Build::state).containsExactly(BuildState.FAILED);
        assertThat(requests(copr)).containsExactly(GET_7, GET_7);
        assertThat(rounds).containsExactly(Duration.ZERO, minutes(3));
    }

    @Test
    void confirmsAtOnceWhenAChrootEndsThatTheBuildDidNotList() {
        answers(copr, 7, json(7, "running", X86), json(7, "succeeded", X86, EPEL));
        signals.end(minutes(4), 7, EPEL, BuildState.SUCCEEDED);

        watcher().build().waitForIds(7);

        assertThat(requests(copr)).containsExactly(GET_7, GET_7);
        assertThat(rounds).containsExactly(Duration.ZERO, minutes(4));
    }

    @Test
    void keepsWaitingForTheChrootsOfAConfirmationThatHasNotEnded() {
        answers(copr, 7, json(7, "running", X86, ARM), json(7, "running", X86, ARM, EPEL),
                json(7, "succeeded", X86, ARM, EPEL));
        signals.end(minutes(5), 7, X86, BuildState.SUCCEEDED)
                .end(minutes(6), 7, ARM, BuildState.SUCCEEDED)
                .end(minutes(9), 7, EPEL, BuildState.SUCCEEDED);

        List<Build> ended = watcher().build().waitForIds(7);

        assertThat(ended).extracting(Build::state).containsExactly(BuildState.SUCCEEDED);
        assertThat(rounds).containsExactly(Duration.ZERO, minutes(6), minutes(9));
    }

    @Test
    void ignoresEndsOfBuildsItDoesNotWaitFor() {
        progress(copr, 7, "running", "succeeded");
        progress(copr, 9, "succeeded");
        signals.end(minutes(1), 8, RAWHIDE, BuildState.SUCCEEDED)
                .end(minutes(2), 8, "srpm-builds", BuildState.FAILED)
                .end(minutes(3), 9, RAWHIDE, BuildState.SUCCEEDED)
                .end(minutes(4), 7, RAWHIDE, BuildState.SUCCEEDED);

        watcher().build().waitForIds(7, 9);

        assertThat(requests(copr)).containsExactly(GET_7, GET_9, GET_7);
        assertThat(rounds).containsExactly(Duration.ZERO, minutes(4));
    }

    @Test
    void pollsEveryUnfinishedBuildAfterAReconnect() {
        progress(copr, 7, "running", "running", "succeeded");
        progress(copr, 8, "running", "running", "succeeded");
        progress(copr, 9, "succeeded");
        signals.reconnect(minutes(2))
                .end(minutes(5), 7, RAWHIDE, BuildState.SUCCEEDED)
                .end(minutes(6), 8, RAWHIDE, BuildState.SUCCEEDED);

        watcher().build().waitForIds(7, 8, 9);

        assertThat(requests(copr)).containsExactly(GET_7, GET_8, GET_9, GET_7, GET_8, GET_7, GET_8);
        assertThat(rounds).containsExactly(Duration.ZERO, minutes(2), minutes(5), minutes(6));
    }

    @Test
    void pollsOnTheIntervalWhileTheSignalsAreNotLiveAndSaysSoOnce() {
        progress(copr, 7, "running", "running", "running", "succeeded");
        signals.down(Duration.ZERO);

        watcher().build().waitForIds(7);

        assertThat(rounds).containsExactly(Duration.ZERO, seconds(30), seconds(60), seconds(90));
        assertThat(requests(copr)).hasSize(4);
        assertThat(log.list).singleElement().satisfies(line -> {
            assertThat(line.getLevel()).isEqualTo(Level.WARN);
            assertThat(line.getFormattedMessage()).isEqualTo("Copr build end signals are not live; polling builds"
                    + " 7 (running) every PT30S until they are");
        });
    }

    @Test
    void waitsForSignalsAgainWhenTheyAreLiveAgainAndSaysSo() {
        progress(copr, 7, "running", "running", "succeeded");
        signals.down(Duration.ZERO).up(seconds(45)).end(minutes(10), 7, RAWHIDE, BuildState.SUCCEEDED);

        watcher().build().waitForIds(7);

        assertThat(rounds).containsExactly(Duration.ZERO, seconds(30), minutes(10));
        assertThat(log.list).extracting(ILoggingEvent::getLevel).containsExactly(Level.WARN, Level.INFO);
        assertThat(log.list.get(1).getFormattedMessage())
                .isEqualTo("Copr build end signals are live again; stopped polling builds 7 (running) every PT30S");
    }

    @Test
    void pollsAtOnceWhenTheSignalsStopBeingLiveAnIntervalAfterThePoll() {
        progress(copr, 7, "running", "running", "succeeded");
        signals.down(minutes(5));

        watcher().build().waitForIds(7);

        assertThat(rounds).containsExactly(Duration.ZERO, minutes(5), minutes(5).plusSeconds(30));
    }

    @Test
    void callsAfterEachPollOnlyWhenItAskedCopr() {
        progress(copr, 7, "running", "succeeded");
        signals.end(minutes(15), 7, RAWHIDE, BuildState.SUCCEEDED);
        List<List<String>> polled = new ArrayList<>();

        watcher().afterEachPoll(builds -> polled.add(builds.stream().map(b -> b.id() + " " + b.state().coprName())
                .toList())).build().waitForIds(7);

        assertThat(polled).containsExactly(List.of("7 running"), List.of("7 succeeded"));
        assertThat(signals.awaits()).hasSize(30).containsOnly(seconds(30));
    }

    @Test
    void tellsTheStateListenerWhatTheConfirmationAnswers() {
        progress(copr, 7, "running", "succeeded");
        signals.end(minutes(1), 7, RAWHIDE, BuildState.SUCCEEDED);
        List<String> changes = new ArrayList<>();

        watcher().onStateChange((build, previous) -> changes.add(build.id() + ": " + previous + " -> " + build.state()))
                .build().waitFor(build(7, BuildState.PENDING));

        assertThat(changes).containsExactly("7: PENDING -> RUNNING", "7: RUNNING -> SUCCEEDED");
    }

    @Test
    void signalsGivenToTheWatcherReplaceTheClients() {
        progress(copr, 7, "running", "succeeded");
        TimelineEndSignals own = new TimelineEndSignals(time).end(minutes(1), 7, RAWHIDE, BuildState.SUCCEEDED);

        watcher().endSignals(own).build().waitForIds(7);

        assertThat(own.subscriptions()).containsExactly(Set.of(7L));
        assertThat(signals.subscriptions()).isEmpty();
        assertThat(rounds).containsExactly(Duration.ZERO, minutes(1));
    }

    @Test
    void signalsGivenToTheWatcherServeAClientWithoutSignals() {
        progress(copr, 7, "running", "succeeded");
        signals.end(minutes(1), 7, RAWHIDE, BuildState.SUCCEEDED);

        client().build().builds().watcher().clock(time).sleeper(time).endSignals(signals).build()
                .waitForIds(7);

        assertThat(requests(copr)).containsExactly(GET_7, GET_7);
        assertThat(time.sleeps()).isEmpty();
    }

    private static Duration minutes(long minutes) {
        return Duration.ofMinutes(minutes);
    }

    private static Duration seconds(long seconds) {
        return Duration.ofSeconds(seconds);
    }
}
