package dev.copr.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.copr.autoconfigure.events.CoprEventsProperties;
import dev.copr.client.build.BuildState;
import dev.copr.test.BuildProgression;
import dev.copr.test.CoprStub;
import dev.copr.test.bus.EmbeddedCoprBus;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.ActiveProfiles;

/**
 * The "events" profile: the stub's builds move on by themselves, their events come over the
 * embedded bus, and the tour's watcher asks Copr about a build only when they say it may have ended.
 */
@SpringBootTest
@ActiveProfiles("events")
@ExtendWith(OutputCaptureExtension.class)
class EventsProfileTest {

    @Autowired
    CoprStub stub;

    @Autowired
    EmbeddedCoprBus bus;

    @Autowired
    CoprEventsProperties events;

    @Test
    void tourWatchesItsBuildsByTheStubsEventsOverTheEmbeddedBus(CapturedOutput output) {
        assertThat(stub.buildProgression()).isEqualTo(BuildProgression.TIMED);
        assertThat(events.isEnabled()).isTrue();
        assertThat(events.getPort()).isEqualTo(bus.port());
        assertThat(stub.buildIds()).as("two builds submitted, then a rebuild of each one's failed chroot").hasSize(4);
        List<Long> builds = stub.buildIds().subList(0, 2);
        assertThat(builds).allSatisfy(id -> {
            assertThat(stub.buildState(id)).isEqualTo(BuildState.FAILED);
            // The first poll, one when the chroots' ends came (none when the build had ended before), and the
            // read of the ended build that rebuilds its failed chroot
            assertThat(stub.requests("GET", "/build/" + id)).hasSizeBetween(2, 3);
        });
        assertThat(output).contains("Some builds did not succeed");
        // Listeners run on the consumer's thread, after the watcher learnt of the end
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> builds.forEach(id -> assertThat(output)
                .contains("Copr bus: build " + id + " started in srpm-builds")
                .contains("Copr bus: build " + id + " succeeded in srpm-builds")
                .contains("Copr bus: build " + id + " started in fedora-rawhide-x86_64")
                .contains("Copr bus: build " + id + " succeeded in fedora-rawhide-x86_64")));
    }
}
