package dev.copr.autoconfigure.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class CoprEventsHealthAndMetricsTest {

    @RegisterExtension
    static EmbeddedQpidBroker broker = new EmbeddedQpidBroker();

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(MetricsAutoConfiguration.class,
                    SimpleMetricsExportAutoConfiguration.class, CoprEventsAutoConfiguration.class,
                    CoprEventsHealthContributorAutoConfiguration.class))
            .withBean(CoprEventsEndToEndTest.Received.class);

    @Test
    void healthIsUpWithTheQueueAndTheMessagesReceived() {
        runner.withPropertyValues(broker.ownConnection()).run(context -> {
            CoprEventsEndToEndTest.awaitConnected(context);
            broker.publishFixture("copr.build.end", "build-end.json", Instant.now());
            context.getBean(CoprEventsEndToEndTest.Received.class).next();

            Health health = context.getBean("coprEventsHealthIndicator", HealthIndicator.class).health();

            assertThat(health.getStatus()).isEqualTo(Status.UP);
            assertThat(health.getDetails()).containsEntry("queue", context.getBean(CoprEventsStatus.class).queue())
                    .containsEntry("live", true).containsEntry("messagesReceived", 1L)
                    .containsKey("timeSinceLastMessage")
                    .containsEntry("outcomes", Map.of("published", 1L, "filtered", 0L, "unknown-topic", 0L,
                            "malformed", 0L));
        });
    }

    @Test
    void healthIsDownWhileTheBusCannotBeReached() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        runner.withPropertyValues(broker.ownConnection()).withPropertyValues("copr.events.port=" + closedPort)
                .run(context -> {
                    Health health = context.getBean("coprEventsHealthIndicator", HealthIndicator.class).health();

                    assertThat(health.getStatus()).isEqualTo(Status.DOWN);
                    assertThat(health.getDetails()).containsEntry("live", false).containsKey("error")
                            .doesNotContainKey("timeSinceLastMessage");
                });
    }

    @Test
    void countsMessagesByTopicAndOutcomeAndTimesTheirLag() {
        runner.withPropertyValues(broker.ownConnection()).run(context -> {
            CoprEventsEndToEndTest.awaitConnected(context);
            Instant sentAt = Instant.now().minusSeconds(3);

            broker.publishFixture("copr.build.postponed", "build-end.json", null);
            broker.publish(EmbeddedQpidBroker.PREFIX + "copr.build.end", "[]".getBytes(StandardCharsets.UTF_8),
                    sentAt);
            broker.publishFixture("copr.build.end", "build-end.json", sentAt);
            context.getBean(CoprEventsEndToEndTest.Received.class).next();

            MeterRegistry registry = context.getBean(MeterRegistry.class);
            assertThat(registry.get("copr.events.received").tags("topic", "copr.build.end", "outcome", "published")
                    .counter().count()).isEqualTo(1);
            assertThat(registry.get("copr.events.received").tags("topic", "copr.build.end", "outcome", "malformed")
                    .counter().count()).isEqualTo(1);
            assertThat(registry.get("copr.events.received").tags("topic", "copr.build.postponed")
                    .tag("outcome", "unknown-topic").counter().count()).isEqualTo(1);
            Timer lag = registry.get("copr.events.lag").tag("topic", "copr.build.end").timer();
            assertThat(lag.count()).isEqualTo(2);
            assertThat(lag.max(TimeUnit.SECONDS)).isGreaterThanOrEqualTo(3);
        });
    }

    @Test
    void worksWithoutMicrometer() {
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(CoprEventsAutoConfiguration.class))
                .withClassLoader(new FilteredClassLoader(MeterBinder.class))
                .withBean(CoprEventsEndToEndTest.Received.class)
                .withPropertyValues(broker.ownConnection())
                .run(context -> {
                    assertThat(context).doesNotHaveBean(CoprEventsMeters.class);
                    CoprEventsEndToEndTest.awaitConnected(context);
                    broker.publishFixture("copr.build.end", "build-end.json", Instant.now());
                    assertThat(context.getBean(CoprEventsEndToEndTest.Received.class).next().message().buildId())
                            .isEqualTo(942697);
                });
    }

    @Test
    void watchersAreToldTheEventsAreNotLiveWhileTheBusIsSilent() {
        runner.withPropertyValues(broker.ownConnection()).withPropertyValues("copr.events.silence-timeout=200ms")
                .run(context -> {
                    CoprEventsEndToEndTest.awaitConnected(context);
                    CoprEventsStatus status = context.getBean(CoprEventsStatus.class);
                    await().atMost(Duration.ofSeconds(5)).until(() -> !status.isLive());

                    broker.publishFixture("copr.build.start", "build-start.json", Instant.now());
                    context.getBean(CoprEventsEndToEndTest.Received.class).next();

                    assertThat(status.isLive()).isTrue();
                });
    }
}
