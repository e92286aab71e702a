package dev.copr.client.build;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static dev.copr.client.build.BuildScenarios.build;
import static dev.copr.client.build.BuildScenarios.polls;
import static dev.copr.client.build.BuildScenarios.progress;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.copr.client.CoprClient;
import dev.copr.client.CoprWireMock;
import dev.copr.client.FakeTime;
import dev.copr.client.exception.CoprException;
import dev.copr.client.exception.CoprTimeoutException;
import dev.copr.client.exception.CoprValidationException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class BuildWatcherStopTest {

    @RegisterExtension
    static final CoprWireMock copr = CoprWireMock.create();

    private final FakeTime time = new FakeTime();

    private final BuildProxy proxy = CoprClient.create(copr.config().build()).builds();

    private BuildWatcher.Builder watcher() {
        return proxy.watcher().interval(Duration.ofSeconds(30)).clock(time).sleeper(time);
    }

    @AfterEach
    void clearInterrupt() {
        Thread.interrupted();
    }

    @Test
    void timeoutNamesTheUnfinishedBuildsAndTheirLastStates() {
        progress(copr, 7, "pending", "running");
        progress(copr, 8, "succeeded");
        progress(copr, 9, "importing");

        CoprTimeoutException timeout = catchThrowableOfType(CoprTimeoutException.class,
                () -> watcher().timeout(Duration.ofMinutes(1)).build().waitForIds(7, 8, 9));

        assertThat(timeout).hasMessage("Copr builds 7 (running), 9 (importing) have not ended within the timeout"
                + " of PT1M; they go on building on Copr");
        assertThat(polls(copr, 7)).isEqualTo(3);
        assertThat(polls(copr, 8)).isEqualTo(1);
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(30), Duration.ofSeconds(30));
    }

    @Test
    void pollsOnceMoreWhenTheTimeoutPassesBetweenIntervalsThenTimesOut() {
        progress(copr, 7, "running");

        CoprTimeoutException timeout = catchThrowableOfType(CoprTimeoutException.class,
                () -> watcher().timeout(Duration.ofSeconds(45)).build().waitForIds(7));

        assertThat(timeout).hasMessage("Copr builds 7 (running) have not ended within the timeout of PT45S;"
                + " they go on building on Copr").hasNoCause();
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(30), Duration.ofSeconds(15));
        assertThat(polls(copr, 7)).isEqualTo(3);
    }

    @Test
    void aBuildThatEndsByThePollOnTheDeadlineIsReturned() {
        progress(copr, 7, "running", "running", "succeeded");

        List<Build> ended = watcher().timeout(Duration.ofSeconds(45)).build().waitForIds(7);

        assertThat(ended).extracting(Build::state).containsExactly(BuildState.SUCCEEDED);
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(30), Duration.ofSeconds(15));
        assertThat(polls(copr, 7)).isEqualTo(3);
    }

    @Test
    void thePollOnTheDeadlineIsSentEvenWhenTheClockStillShowsAMomentLeft() {
        progress(copr, 7, "running", "succeeded");
        // The sleeper wakes a millisecond before the clock reaches the deadline
        BuildWatcher.Sleeper wakesEarly = duration -> time.sleep(duration.minusMillis(1));

        List<Build> ended = watcher().sleeper(wakesEarly).timeout(Duration.ofSeconds(10)).build().waitForIds(7);

        assertThat(ended).extracting(Build::state).containsExactly(BuildState.SUCCEEDED);
        assertThat(polls(copr, 7)).isEqualTo(2);
    }

    @Test
    void theFirstPollIsSentWhenTheDeadlineHasPassedBeforeIt() {
        progress(copr, 7, "succeeded");

        List<Build> ended = watcher().clock(new PassingDeadlineClock(time)).timeout(Duration.ofSeconds(1)).build()
                .waitForIds(7);

        assertThat(ended).extracting(Build::state).containsExactly(BuildState.SUCCEEDED);
        assertThat(polls(copr, 7)).isEqualTo(1);
    }

    @Test
    void timesOutOnlyAfterTheFirstPollWhenTheDeadlineHasPassedBeforeIt() {
        progress(copr, 7, "running");

        CoprTimeoutException timeout = catchThrowableOfType(CoprTimeoutException.class,
                () -> watcher().clock(new PassingDeadlineClock(time)).timeout(Duration.ofSeconds(1)).build()
                        .waitForIds(7));

        assertThat(timeout).hasMessage("Copr builds 7 (running) have not ended within the timeout of PT1S;"
                + " they go on building on Copr");
        assertThat(polls(copr, 7)).isEqualTo(1);
        assertThat(time.sleeps()).isEmpty();
    }

    @Test
    void pollInFlightIsCutAtTheWatchTimeout() {
        copr.stubFor(get("/api_3/build/7").willReturn(okJson(BuildScenarios.json(7, "running")).withFixedDelay(10_000)));
        long start = System.nanoTime();

        CoprTimeoutException timeout = catchThrowableOfType(CoprTimeoutException.class,
                () -> proxy.watcher().timeout(Duration.ofMillis(500)).build().waitForIds(7));

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
        assertThat(timeout).hasMessage("Copr builds 7 (not polled yet) have not ended within the timeout of PT0.5S;"
                + " they go on building on Copr").hasCauseInstanceOf(CoprTimeoutException.class);
        assertThat(timeout.getCause()).hasMessageContaining("time limit of the call");
        assertThat(polls(copr, 7)).isEqualTo(1);
    }

    @Test
    void eachPollIsBoundedByTheTimeTheWatchHasLeft() {
        copr.stubFor(get("/api_3/build/7").inScenario("slow").whenScenarioStateIs(STARTED)
                .willReturn(okJson(BuildScenarios.json(7, "running"))).willSetStateTo("slow"));
        copr.stubFor(get("/api_3/build/7").inScenario("slow").whenScenarioStateIs("slow")
                .willReturn(okJson(BuildScenarios.json(7, "succeeded")).withFixedDelay(10_000)));
        long start = System.nanoTime();

        // The fake clock passes the 30 s interval at once: 1 s of the timeout is left for the second poll
        CoprTimeoutException timeout = catchThrowableOfType(CoprTimeoutException.class,
                () -> watcher().timeout(Duration.ofSeconds(31)).build().waitForIds(7));

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        assertThat(timeout).hasMessage("Copr request GET /api_3/build/7 timed out: time limit of the call (PT1S)"
                + " exceeded: the answer was not complete within PT1S (waiting for the answer)");
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(30));
        assertThat(polls(copr, 7)).isEqualTo(2);
    }

    @Test
    void zeroTimeoutWaitsForever() {
        String[] states = new String[12];
        Arrays.fill(states, "running");
        states[11] = "succeeded";
        progress(copr, 7, states);

        List<Build> ended = watcher().interval(Duration.ofDays(365)).timeout(Duration.ZERO).build().waitForIds(7);

        assertThat(ended).extracting(Build::state).containsExactly(BuildState.SUCCEEDED);
        assertThat(time.sleeps()).hasSize(11);
    }

    @Test
    void unknownStateFailsNamingTheBuildAndStopsPolling() {
        progress(copr, 7, "running", "unknown");
        progress(copr, 9, "running");

        assertThatThrownBy(() -> watcher().build().waitForIds(7, 9))
                .isExactlyInstanceOf(CoprException.class)
                .hasMessage("Unknown status of build 7 (Copr's state 'unknown', or a state newer than this client);"
                        + " stopped waiting for builds 7 (unknown), 9 (running)");
        assertThat(polls(copr, 7)).isEqualTo(2);
        assertThat(polls(copr, 9)).isEqualTo(1);
    }

    @Test
    void interruptWhileSleepingStopsKeepsTheFlagAndNamesTheRunningBuilds() {
        progress(copr, 7, "running");
        progress(copr, 9, "succeeded");
        InterruptedException interrupt = new InterruptedException("sleep interrupted");

        CoprException stopped = catchThrowableOfType(CoprException.class, () -> watcher()
                .sleeper(duration -> {
                    throw interrupt;
                })
                .build().waitFor(build(7, BuildState.PENDING), build(9, BuildState.PENDING)));

        assertThat(stopped).hasMessage("Interrupted while waiting for Copr builds 7 (running); they go on building on Copr")
                .hasCause(interrupt);
        assertThat(Thread.currentThread().isInterrupted()).isTrue();
        assertThat(polls(copr, 7)).isEqualTo(1);
    }

    @Test
    void interruptDuringARoundSendsNoFurtherRequest() {
        progress(copr, 7, "running");
        progress(copr, 9, "running");

        assertThatThrownBy(() -> watcher()
                .onStateChange((build, previous) -> Thread.currentThread().interrupt())
                .build().waitForIds(7, 9))
                .hasMessage("Interrupted while waiting for Copr builds 7 (running), 9 (not polled yet);"
                        + " they go on building on Copr");

        assertThat(Thread.currentThread().isInterrupted()).isTrue();
        assertThat(polls(copr, 7)).isEqualTo(1);
        assertThat(polls(copr, 9)).isZero();
    }

    @Test
    void interruptDuringARequestStopsWithTheFailedRequestAsCause() {
        copr.stubFor(get("/api_3/build/7").willReturn(okJson(BuildScenarios.json(7, "running")).withFixedDelay(10_000)));
        Thread watching = Thread.currentThread();
        Thread interrupter = new Thread(() -> {
            while (polls(copr, 7) == 0) {
                Thread.onSpinWait();
            }
            watching.interrupt();
        });
        interrupter.start();

        CoprException stopped = catchThrowableOfType(CoprException.class, () -> watcher().build().waitForIds(7));

        assertThat(stopped).hasMessage("Interrupted while waiting for Copr builds 7 (not polled yet);"
                + " they go on building on Copr").hasCauseInstanceOf(CoprException.class);
        assertThat(Thread.currentThread().isInterrupted()).isTrue();
        assertThat(polls(copr, 7)).isEqualTo(1);
    }

    @Test
    void defaultSleeperStopsAtOnceWhenInterrupted() {
        progress(copr, 7, "running");

        CoprException stopped = catchThrowableOfType(CoprException.class, () -> proxy.watcher()
                .interval(Duration.ofDays(1))
                .afterEachPoll(builds -> Thread.currentThread().interrupt())
                .build().waitForIds(7));

        assertThat(stopped).hasCauseInstanceOf(InterruptedException.class);
        assertThat(Thread.currentThread().isInterrupted()).isTrue();
    }

    @Test
    void refusesAZeroInterval() {
        assertThatThrownBy(() -> watcher().interval(Duration.ZERO))
                .isInstanceOf(CoprValidationException.class)
                .hasMessage("BuildWatcher interval must be positive, was PT0S");
    }

    @Test
    void refusesANegativeTimeout() {
        assertThatThrownBy(() -> watcher().timeout(Duration.ofSeconds(-1)))
                .isInstanceOf(CoprValidationException.class)
                .hasMessage("BuildWatcher timeout must not be negative, was PT-1S");
    }

    @Test
    void refusesBadBuildsBeforeAnyRequest() {
        BuildWatcher watcher = watcher().build();

        assertThatThrownBy(() -> watcher.waitForIds(7, 0))
                .isInstanceOf(CoprValidationException.class)
                .hasMessage("build id must be a positive id, was 0");
        assertThatThrownBy(() -> watcher.waitFor((List<Build>) null))
                .isInstanceOf(CoprValidationException.class)
                .hasMessage("builds must not be null");
        assertThatThrownBy(() -> watcher.waitFor(build(7, BuildState.RUNNING), null))
                .isInstanceOf(CoprValidationException.class)
                .hasMessage("build must not be null");
        assertThat(copr.getAllServeEvents()).isEmpty();
    }

    /** Reads as {@code time} when the watch starts, then an hour later: the deadline passes before the first poll. */
    private static final class PassingDeadlineClock extends Clock {
        private final FakeTime time;
        private boolean started;

        PassingDeadlineClock(FakeTime time) {
            this.time = time;
        }

        @Override
        public Instant instant() {
            Instant now = started ? time.instant().plus(Duration.ofHours(1)) : time.instant();
            started = true;
            return now;
        }

        @Override
        public ZoneId getZone() {
            return time.getZone();
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }
    }
}
