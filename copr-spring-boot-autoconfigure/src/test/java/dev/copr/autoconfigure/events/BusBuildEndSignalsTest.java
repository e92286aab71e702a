package dev.copr.autoconfigure.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.copr.client.build.BuildEndSignals.ChrootEnd;
import dev.copr.client.build.BuildEndSignals.Subscription;
import dev.copr.client.build.BuildEndSignals.Update;
import dev.copr.client.build.BuildState;
import dev.copr.client.event.BuildChrootMessage;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

class BusBuildEndSignalsTest {

    private static final Duration LONG = Duration.ofMinutes(1);

    private final AtomicBoolean live = new AtomicBoolean(true);
    private final BusBuildEndSignals signals = new BusBuildEndSignals(live::get);

    @Test
    void endsGoOnlyToTheSubscriptionsOfTheirBuild() throws InterruptedException {
        Subscription first = signals.subscribe(Set.of(1L, 2L));
        Subscription other = signals.subscribe(Set.of(3L));

        signals.ended(message(2, "fedora-41-x86_64", BuildState.SUCCEEDED));
        signals.ended(message(1, "srpm-builds", BuildState.FAILED));

        assertThat(first.await(Duration.ZERO)).isEqualTo(new Update(List.of(
                new ChrootEnd(2, "fedora-41-x86_64", BuildState.SUCCEEDED),
                new ChrootEnd(1, "srpm-builds", BuildState.FAILED)), false, true));
        assertThat(other.await(Duration.ZERO).ends()).isEmpty();
    }

    @Test
    void awaitReturnsAtOnceWhatArrivedAndThenWaitsForMore() {
        Subscription subscription = signals.subscribe(Set.of(1L));
        signals.ended(message(1, "fedora-41-x86_64", BuildState.SUCCEEDED));

        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            assertThat(subscription.await(LONG).ends()).hasSize(1);
            assertThat(subscription.await(Duration.ofMillis(1)).ends()).isEmpty();
        });
    }

    @Test
    void aWaitingWatcherIsWokenByAnEnd() throws Exception {
        Subscription subscription = signals.subscribe(Set.of(1L));
        CompletableFuture<Update> waiting = CompletableFuture.supplyAsync(() -> await(subscription));

        signals.ended(message(1, "fedora-41-x86_64", BuildState.SUCCEEDED));

        assertThat(waiting.get(5, TimeUnit.SECONDS).ends()).hasSize(1);
    }

    @Test
    void reconnectionIsReportedOnceToEverySubscription() throws InterruptedException {
        Subscription first = signals.subscribe(Set.of(1L));
        Subscription second = signals.subscribe(Set.of(2L));

        signals.reconnected();

        assertThat(first.await(LONG).reconnected()).isTrue();
        assertThat(second.await(LONG).reconnected()).isTrue();
        assertThat(first.await(Duration.ZERO).reconnected()).isFalse();
    }

    @Test
    void lostConnectionWakesAWaitingWatcherWithLiveFalse() throws Exception {
        Subscription subscription = signals.subscribe(Set.of(1L));
        CompletableFuture<Update> waiting = CompletableFuture.supplyAsync(() -> await(subscription));

        live.set(false);
        signals.disconnected();

        assertThat(waiting.get(5, TimeUnit.SECONDS)).isEqualTo(new Update(List.of(), false, false));
    }

    @Test
    void closedSubscriptionGetsNothingMore() throws InterruptedException {
        Subscription subscription = signals.subscribe(Set.of(1L));
        subscription.close();

        signals.ended(message(1, "fedora-41-x86_64", BuildState.SUCCEEDED));
        signals.reconnected();

        assertThat(subscription.await(Duration.ZERO)).isEqualTo(new Update(List.of(), false, true));
    }

    private static Update await(Subscription subscription) {
        try {
            return subscription.await(LONG);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static BuildChrootMessage message(long build, String chroot, BuildState state) {
        return new BuildChrootMessage(build, "kbaig", "test", chroot, state, "tkn", "0.1.2-1.fc30", "kbaig", null);
    }
}
