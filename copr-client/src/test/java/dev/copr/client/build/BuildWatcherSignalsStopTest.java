package dev.copr.client.build;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.notFound;
import static dev.copr.client.build.BuildScenarios.answers;
import static dev.copr.client.build.BuildScenarios.json;
import static dev.copr.client.build.BuildScenarios.progress;
import static dev.copr.client.build.BuildScenarios.requests;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.copr.client.CoprClient;
import dev.copr.client.CoprWireMock;
import dev.copr.client.FakeTime;
import dev.copr.client.exception.CoprException;
import dev.copr.client.exception.CoprNoResultException;
import dev.copr.client.exception.CoprTimeoutException;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** How a watcher with end signals stops: timeout, interrupt, failure; its subscription is closed each time. */
class BuildWatcherSignalsStopTest {

    @RegisterExtension
    static final CoprWireMock copr = CoprWireMock.create();

    private static final String GET_7 = "GET /api_3/build/7";
    private static final String GET_9 = "GET /api_3/build/9";

    private final FakeTime time = new FakeTime();
    private final TimelineEndSignals signals = new TimelineEndSignals(time);

    private BuildWatcher.Builder watcher() {
        CoprClient client = CoprClient.builder(copr.config().build()).buildEndSignals(signals).build();
        return client.builds().watcher().interval(Duration.ofSeconds(30)).clock(time).sleeper(time);
    }

    @AfterEach
    void clearInterrupt() {
        Thread.interrupted();
    }

    @Test
    void closesTheSubscriptionWhenTheBuildsEnd() {
        progress(copr, 7, "running", "succeeded");
        signals.end(Duration.ofMinutes(1), 7, "fedora-rawhide-x86_64", BuildState.SUCCEEDED);

        watcher().build().waitForIds(7);

        assertThat(signals.subscriptions()).hasSize(1);
        assertThat(signals.open()).isZero();
    }

    @Test
    void awaitsNoLongerThanTheTimeLeftThenNamesTheUnfinishedBuildsAndClosesTheSubscription() {
        answers(copr, 7, json(7, "running", "fedora-41-x86_64", "epel-9-x86_64"));
        progress(copr, 9, "pending");
        signals.end(Duration.ofSeconds(10), 7, "fedora-41-x86_64", BuildState.SUCCEEDED);

        CoprTimeoutException timeout = catchThrowableOfType(CoprTimeoutException.class,
                () -> watcher().timeout(Duration.ofSeconds(45)).build().waitForIds(7, 9));

        assertThat(timeout).hasMessage("Copr builds 7 (running), 9 (pending) have not ended within the timeout"
                + " of PT45S; they go on building on Copr");
        assertThat(signals.awaits()).containsExactly(Duration.ofSeconds(30), Duration.ofSeconds(30),
                Duration.ofSeconds(5));
        // The last poll, when the timeout has passed, is sent, as without signals
        assertThat(timeout).hasNoCause();
        assertThat(requests(copr)).containsExactly(GET_7, GET_9, GET_7, GET_9);
        assertThat(signals.open()).isZero();
    }

    @Test
    void interruptWhileAwaitingStopsKeepsTheFlagNamesTheRunningBuildsAndClosesTheSubscription() {
        progress(copr, 7, "running");
        progress(copr, 9, "succeeded");
        InterruptedException interrupt = new InterruptedException("await interrupted");
        signals.interrupt(Duration.ofMinutes(3), interrupt);

        CoprException stopped = catchThrowableOfType(CoprException.class, () -> watcher().build().waitForIds(7, 9));

        assertThat(stopped).hasMessage("Interrupted while waiting for Copr builds 7 (running); they go on building on Copr")
                .hasCause(interrupt);
        assertThat(Thread.currentThread().isInterrupted()).isTrue();
        assertThat(requests(copr)).containsExactly(GET_7, GET_9);
        assertThat(signals.open()).isZero();
    }

    @Test
    void failedConfirmationStopsTheWatchAndClosesTheSubscription() {
        progress(copr, 7, "running", "unknown");
        signals.end(Duration.ofMinutes(1), 7, "fedora-rawhide-x86_64", BuildState.SUCCEEDED);

        assertThatThrownBy(() -> watcher().build().waitForIds(7))
                .isExactlyInstanceOf(CoprException.class)
                .hasMessageStartingWith("Unknown status of build 7");
        assertThat(signals.open()).isZero();
    }

    @Test
    void failedFirstPollClosesTheSubscription() {
        copr.stubFor(get("/api_3/build/7").willReturn(notFound().withHeader("Content-Type", "application/json")
                .withBody("{\"error\": \"Build 7 does not exist.\"}")));

        assertThatThrownBy(() -> watcher().build().waitForIds(7)).isInstanceOf(CoprNoResultException.class);
        assertThat(signals.subscriptions()).hasSize(1);
        assertThat(signals.open()).isZero();
    }
}
