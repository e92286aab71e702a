package dev.copr.autoconfigure.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copr.client.build.BuildEndSignals;
import dev.copr.client.build.BuildEndSignals.ChrootEnd;
import dev.copr.client.build.BuildEndSignals.Subscription;
import dev.copr.client.build.BuildEndSignals.Update;
import dev.copr.client.build.BuildState;
import dev.copr.client.event.CoprBuildEnded;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.amqp.autoconfigure.RabbitAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * The broker drops the connection, as a restart or a network failure would: the consumer reconnects
 * to a new server-named queue, the build watchers learn that they may have missed ends, and messages
 * arrive again.
 */
class CoprEventsReconnectTest {

    private static final Logger log = LoggerFactory.getLogger(CoprEventsReconnectTest.class);

    @RegisterExtension
    static EmbeddedQpidBroker broker = new EmbeddedQpidBroker();

    private static final ChrootEnd END = new ChrootEnd(942697, "fedora-29-x86_64", BuildState.FAILED);

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(RabbitAutoConfiguration.class, CoprEventsAutoConfiguration.class))
            .withBean(CoprEventsEndToEndTest.Received.class);

    @Test
    void ownConnectionReconnectsToANewQueueAndTellsTheWatchers() {
        runner.withPropertyValues(broker.ownConnection()).run(this::reconnectsAndKeepsConsuming);
    }

    @Test
    void springBootsConnectionReconnectsToANewQueueAndTellsTheWatchers() {
        runner.withPropertyValues(broker.bootConnection()).withPropertyValues("copr.events.enabled=true")
                .run(this::reconnectsAndKeepsConsuming);
    }

    private void reconnectsAndKeepsConsuming(AssertableApplicationContext context) throws Exception {
        CoprEventsEndToEndTest.awaitConnected(context);
        CoprEventsStatus status = context.getBean(CoprEventsStatus.class);
        CoprEventsEndToEndTest.Received received = context.getBean(CoprEventsEndToEndTest.Received.class);
        String firstQueue = status.queue();
        try (Subscription subscription = context.getBean(BuildEndSignals.class).subscribe(Set.of(942697L))) {
            broker.publishFixture("copr.build.end", "build-end.json", Instant.now());
            assertThat(received.next()).isInstanceOf(CoprBuildEnded.class);
            assertThat(subscription.await(Duration.ofSeconds(5))).isEqualTo(new Update(List.of(END), false, true));

            long dropped = System.nanoTime();
            broker.dropConnections();
            Update update = awaitReconnected(subscription);
            log.info("Reconnected {} ms after the broker dropped the connection",
                    Duration.ofNanos(System.nanoTime() - dropped).toMillis());

            assertThat(update.live()).isTrue();
            assertThat(status.isConnected()).isTrue();
            assertThat(status.queue()).isNotEqualTo(firstQueue);
            broker.publishFixture("copr.build.end", "build-end.json", Instant.now());
            assertThat(received.next()).isInstanceOf(CoprBuildEnded.class);
            assertThat(subscription.await(Duration.ofSeconds(5)).ends()).containsExactly(END);
        }
    }

    /** The updates until one says reconnected: first, maybe, that the signals are not live. */
    private static Update awaitReconnected(Subscription subscription) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            Update update = subscription.await(Duration.ofSeconds(20));
            if (update.reconnected()) {
                return update;
            }
            assertThat(update.live()).as("woken before the reconnection").isFalse();
        }
        throw new AssertionError("no reconnection within 20 s");
    }
}
