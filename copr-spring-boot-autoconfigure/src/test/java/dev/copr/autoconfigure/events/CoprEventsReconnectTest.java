package dev.copr.autoconfigure.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.copr.client.event.CoprBuildEnded;

import java.time.Duration;
import java.time.Instant;

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
 * to a new server-named queue and messages arrive again.
 */
class CoprEventsReconnectTest {

    private static final Logger log = LoggerFactory.getLogger(CoprEventsReconnectTest.class);

    @RegisterExtension
    static EmbeddedQpidBroker broker = new EmbeddedQpidBroker();

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(RabbitAutoConfiguration.class, CoprEventsAutoConfiguration.class))
            .withBean(CoprEventsEndToEndTest.Received.class);

    @Test
    void ownConnectionReconnectsToANewQueue() {
        runner.withPropertyValues(broker.ownConnection()).run(this::reconnectsAndKeepsConsuming);
    }

    @Test
    void springBootsConnectionReconnectsToANewQueue() {
        runner.withPropertyValues(broker.bootConnection()).withPropertyValues("copr.events.enabled=true")
                .run(this::reconnectsAndKeepsConsuming);
    }

    private void reconnectsAndKeepsConsuming(AssertableApplicationContext context) throws Exception {
        CoprEventsEndToEndTest.awaitConnected(context);
        CoprEventsStatus status = context.getBean(CoprEventsStatus.class);
        CoprEventsEndToEndTest.Received received = context.getBean(CoprEventsEndToEndTest.Received.class);
        String firstQueue = status.queue();
        broker.publishFixture("copr.build.end", "build-end.json", Instant.now());
        assertThat(received.next()).isInstanceOf(CoprBuildEnded.class);

        long dropped = System.nanoTime();
        broker.dropConnections();
        await().atMost(Duration.ofSeconds(20))
                .until(() -> status.isConnected() && !firstQueue.equals(status.queue()));
        log.info("Reconnected {} ms after the broker dropped the connection",
                Duration.ofNanos(System.nanoTime() - dropped).toMillis());

        broker.publishFixture("copr.build.end", "build-end.json", Instant.now());
        assertThat(received.next()).isInstanceOf(CoprBuildEnded.class);
    }
}
