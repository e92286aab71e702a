package dev.copr.test.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copr.autoconfigure.events.CoprEventsProperties;
import dev.copr.client.build.Build;
import dev.copr.client.build.BuildProxy;
import dev.copr.client.build.BuildState;
import dev.copr.client.event.BuildChrootMessage;
import dev.copr.client.event.CoprBuildEnded;
import dev.copr.client.event.CoprBuildEvent;
import dev.copr.client.event.CoprBuildStarted;
import dev.copr.client.project.ProjectProxy;
import dev.copr.test.CoprStub;
import dev.copr.test.bus.EmbeddedCoprBus;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;

/**
 * {@code @AutoConfigureCoprStub(events = true)}: the stub publishes to an embedded bus, and the
 * application's events consumer, listeners and build watchers get its events over real AMQP.
 */
@SpringBootTest(properties = {"copr.events.host=rabbitmq.fedoraproject.org", "copr.events.ssl.bundle=fedora-bus"})
@AutoConfigureCoprStub(events = true)
class AutoConfigureCoprStubEventsTest {

    private static final String SRPM = "https://example.com/tool-1.2-3.src.rpm";

    @Autowired
    CoprStub copr;

    @Autowired
    EmbeddedCoprBus bus;

    @Autowired
    CoprEventsProperties events;

    @Autowired
    ProjectProxy projects;

    @Autowired
    BuildProxy builds;

    @Autowired
    BuildListener listener;

    @BeforeEach
    void forgetEarlierEvents() {
        listener.events.clear();
    }

    @Test
    void pointsTheApplicationsCoprEventsAtTheEmbeddedBus() {
        assertThat(events.isEnabled()).isTrue();
        assertThat(events.getHost()).isEqualTo("127.0.0.1");
        assertThat(events.getPort()).isEqualTo(bus.port());
        assertThat(events.getAddresses()).containsExactly("127.0.0.1:" + bus.port());
        assertThat(events.getVirtualHost()).isEqualTo("/public_pubsub");
        assertThat(events.getUsername()).isEqualTo("copr-bus");
        assertThat(events.getPassword()).isEqualTo("copr-bus-secret");
        assertThat(events.isSaslExternal()).isFalse();
        assertThat(events.getSsl().getEnabled()).isFalse();
        assertThat(events.getTopicPrefix()).isEqualTo("org.fedoraproject.prod.");
    }

    @Test
    void listenersGetTheStartAndEndOfEachChrootOfABuildTheStubRuns() throws InterruptedException {
        projects.add("tester", "release", List.of("fedora-rawhide-x86_64"));
        Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Build build = builds.createFromUrl("tester", "release", SRPM);

        copr.finishBuild(build.id());

        List<CoprBuildEvent> received = listener.next(4);
        assertThat(received).extracting(event -> event.message().sentAt())
                .allSatisfy(sentAt -> assertThat(sentAt).isBetween(before, Instant.now()));
        assertThat(received).usingRecursiveFieldByFieldElementComparatorIgnoringFields("message.sentAt")
                .containsExactly(
                        new CoprBuildStarted(message(build, "srpm-builds", BuildState.RUNNING, null, null)),
                        new CoprBuildEnded(message(build, "srpm-builds", BuildState.SUCCEEDED, null, null)),
                        new CoprBuildStarted(message(build, "fedora-rawhide-x86_64", BuildState.RUNNING, "tool",
                                "1.2-3")),
                        new CoprBuildEnded(message(build, "fedora-rawhide-x86_64", BuildState.SUCCEEDED, "tool",
                                "1.2-3")));
    }

    @Test
    void buildWatcherOfTheInjectedProxyWaitsForTheEventsAndAsksCoprTwice() {
        projects.add("tester", "release", List.of("fedora-rawhide-x86_64", "fedora-42-x86_64", "epel-10-x86_64"));
        Build build = builds.createFromUrl("tester", "release", SRPM);

        // Polls only when an event says the build may have ended: once at first, once after the chroots' ends
        List<Build> ended = builds.watcher().interval(Duration.ofHours(1)).timeout(Duration.ofSeconds(30))
                .afterEachPoll(polled -> copr.finishBuild(build.id()))
                .build().waitFor(build);

        assertThat(ended).extracting(Build::state).containsExactly(BuildState.SUCCEEDED);
        assertThat(ended.get(0).chroots()).hasSize(3);
        assertThat(copr.requests("GET", "/build/" + build.id())).hasSize(2);
    }

    private static BuildChrootMessage message(Build build, String chroot, BuildState state, String pkg,
                                              String version) {
        return new BuildChrootMessage(build.id(), "tester", "release", chroot, state, pkg, version, "tester", null);
    }

    /** An application's listener of build starts and ends. */
    static class BuildListener {

        final BlockingQueue<CoprBuildEvent> events = new LinkedBlockingQueue<>();

        @EventListener
        void on(CoprBuildStarted started) {
            events.add(started);
        }

        @EventListener
        void on(CoprBuildEnded ended) {
            events.add(ended);
        }

        List<CoprBuildEvent> next(int count) throws InterruptedException {
            List<CoprBuildEvent> next = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                CoprBuildEvent event = events.poll(10, TimeUnit.SECONDS);
                assertThat(event).as("event %d of %d within 10 s", i + 1, count).isNotNull();
                next.add(event);
            }
            return next;
        }
    }

    /** Stands for the application's own {@code @SpringBootApplication}. */
    @SpringBootConfiguration
    @EnableAutoConfiguration
    @Import(BuildListener.class)
    static class Application {
    }
}
