package dev.copr.autoconfigure.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.copr.autoconfigure.events.CoprEventsStatus.Outcome;
import dev.copr.client.build.BuildEndSignals;
import dev.copr.client.build.BuildState;
import dev.copr.client.event.BuildChrootMessage;
import dev.copr.client.event.CoprBuildEnded;
import dev.copr.client.event.CoprBuildEvent;
import dev.copr.client.event.CoprBuildStarted;
import dev.copr.client.event.CoprChrootStarted;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * copr_messaging's own test bodies, published to the embedded broker as fedora-messaging publishes
 * them, arrive as application events; what cannot be read is counted and skipped.
 */
class CoprEventsEndToEndTest {

    @RegisterExtension
    static EmbeddedQpidBroker broker = new EmbeddedQpidBroker();

    private static final Instant SENT_AT = Instant.parse("2019-06-20T15:04:13Z");
    private static final String BUILD_END_KEY = EmbeddedQpidBroker.PREFIX + "copr.build.end";

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(CoprEventsAutoConfiguration.class))
            .withBean(Received.class)
            .withPropertyValues(broker.ownConnection());

    @Test
    void publishesEachBuildMessageAsItsEvent() {
        runner.run(context -> {
            awaitConnected(context);

            broker.publishFixture("copr.build.start", "build-start.json", SENT_AT);
            broker.publishFixture("copr.chroot.start", "chroot-start.json", null);
            broker.publishFixture("copr.build.end", "build-end.json", SENT_AT);

            Received received = context.getBean(Received.class);
            assertThat(received.next()).isEqualTo(new CoprBuildStarted(new BuildChrootMessage(945012, "@python",
                    "python3.8", "fedora-rawhide-x86_64", BuildState.RUNNING, "python-hypothesis", "4.23.8-1.fc31",
                    "churchyard", SENT_AT)));
            assertThat(received.next()).isEqualTo(new CoprChrootStarted(new BuildChrootMessage(945056, "praiskup",
                    "ping", "fedora-29-aarch64", BuildState.RUNNING, "dummy-pkg", "10:20190626_1356-0", "praiskup",
                    null)));
            CoprBuildEvent ended = received.next();
            assertThat(ended).isEqualTo(new CoprBuildEnded(new BuildChrootMessage(942697, "kbaig", "test",
                    "fedora-29-x86_64", BuildState.FAILED, "tkn", "0.1.2-1.fc30", "kbaig", SENT_AT)));
            // The typed listener runs after the one that handed the event over, on the consumer's thread
            await().atMost(Duration.ofSeconds(5))
                    .untilAsserted(() -> assertThat(received.ended).containsExactly((CoprBuildEnded) ended));
            assertThat(context.getBean(CoprEventsStatus.class).count(Outcome.PUBLISHED)).isEqualTo(3);
        });
    }

    @Test
    void publishesOnlyTheConfiguredOwnersAndProjectsButWatchersGetEveryEnd() {
        runner.withPropertyValues("copr.events.owners=@python", "copr.events.projects=praiskup/ping").run(context -> {
            awaitConnected(context);
            BuildEndSignals.Subscription subscription =
                    context.getBean(BuildEndSignals.class).subscribe(Set.of(942697L));

            broker.publishFixture("copr.build.end", "build-end.json", SENT_AT);
            broker.publishFixture("copr.build.start", "build-start.json", SENT_AT);
            broker.publishFixture("copr.chroot.start", "chroot-start.json", SENT_AT);

            Received received = context.getBean(Received.class);
            assertThat(received.next().message().owner()).isEqualTo("@python");
            assertThat(received.next().message().projectFullName()).isEqualTo("praiskup/ping");
            assertThat(received.events).isEmpty();
            assertThat(context.getBean(CoprEventsStatus.class).count(Outcome.FILTERED)).isEqualTo(1);
            assertThat(subscription.await(Duration.ofSeconds(5)).ends()).containsExactly(
                    new BuildEndSignals.ChrootEnd(942697, "fedora-29-x86_64", BuildState.FAILED));
        });
    }

    @Test
    void countsUnknownTopicsAndMalformedBodiesAndKeepsConsuming() {
        runner.run(context -> {
            awaitConnected(context);

            broker.publishFixture("copr.build.postponed", "build-end.json", SENT_AT);
            broker.publish(BUILD_END_KEY, "not JSON".getBytes(StandardCharsets.UTF_8), SENT_AT);
            broker.publish(BUILD_END_KEY, "{\"build\": \"many\"}".getBytes(StandardCharsets.UTF_8), null);
            broker.publishFixture("copr.build.end", "build-end.json", SENT_AT);

            Received received = context.getBean(Received.class);
            assertThat(received.next().message().buildId()).isEqualTo(942697);
            CoprEventsStatus status = context.getBean(CoprEventsStatus.class);
            assertThat(status.count(Outcome.UNKNOWN_TOPIC)).isEqualTo(1);
            assertThat(status.count(Outcome.MALFORMED)).isEqualTo(2);
            assertThat(status.count(Outcome.PUBLISHED)).isEqualTo(1);
            assertThat(received.events).isEmpty();
        });
    }

    @Test
    void failingApplicationListenerDoesNotStopTheNextMessage() {
        runner.withBean(FailingListener.class).run(context -> {
            awaitConnected(context);

            broker.publishFixture("copr.build.start", "build-start.json", SENT_AT);
            broker.publishFixture("copr.build.end", "build-end.json", SENT_AT);

            assertThat(context.getBean(Received.class).next()).isInstanceOf(CoprBuildEnded.class);
            assertThat(context.getBean(CoprEventsStatus.class).count(Outcome.PUBLISHED)).isEqualTo(2);
        });
    }

    @Test
    void messagesOfAnotherPrefixDoNotArrive() {
        runner.withPropertyValues("copr.events.topic-prefix=org.fedoraproject.stg.").run(context -> {
            awaitConnected(context);

            broker.publishFixture("copr.build.end", "build-end.json", SENT_AT);
            broker.publish("org.fedoraproject.stg.copr.build.start", EmbeddedQpidBroker.fixture("build-start.json"),
                    SENT_AT);

            assertThat(context.getBean(Received.class).next()).isInstanceOf(CoprBuildStarted.class);
            assertThat(context.getBean(CoprEventsStatus.class).received()).isEqualTo(1);
        });
    }

    static void awaitConnected(AssertableApplicationContext context) {
        assertThat(context).hasNotFailed();
        await().atMost(Duration.ofSeconds(10)).until(context.getBean(CoprEventsStatus.class)::isConnected);
    }

    /** An application's listeners. */
    static class Received {

        final BlockingQueue<CoprBuildEvent> events = new LinkedBlockingQueue<>();
        final List<CoprBuildEnded> ended = new CopyOnWriteArrayList<>();

        @EventListener
        void on(CoprBuildEvent event) {
            events.add(event);
        }

        @EventListener
        void on(CoprBuildEnded event) {
            ended.add(event);
        }

        CoprBuildEvent next() throws InterruptedException {
            CoprBuildEvent event = events.poll(10, TimeUnit.SECONDS);
            assertThat(event).as("an event within 10 s").isNotNull();
            return event;
        }
    }

    /** A listener that fails on every build start, before the others see it. */
    static class FailingListener {

        @EventListener
        @Order(Ordered.HIGHEST_PRECEDENCE)
        void on(CoprBuildStarted started) {
            throw new IllegalStateException("listener bug");
        }
    }
}
