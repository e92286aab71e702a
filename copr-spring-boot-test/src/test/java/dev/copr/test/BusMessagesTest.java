package dev.copr.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import dev.copr.client.CoprClient;
import dev.copr.client.build.Build;
import dev.copr.client.build.BuildState;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the stub tells its bus publisher as builds run: the messages Copr's backend publishes. */
class BusMessagesTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T10:00:00.750Z"), ZoneOffset.UTC);
    private static final String SRPM = "https://example.com/tool-1.2-3.src.rpm";

    private final List<BusMessage> messages = new CopyOnWriteArrayList<>();
    private final CoprStub copr = CoprStub.builder().clock(CLOCK).busPublisher(messages::add).start();
    private final CoprClient client = copr.client();

    @BeforeEach
    void project() {
        client.projects().add("tester", "demo", List.of("fedora-rawhide-x86_64", "epel-9-x86_64"));
    }

    @AfterEach
    void stop() {
        copr.close();
    }

    @Test
    void buildAnnouncesItsSourceBuildThenEachChrootStartAndEnd() {
        Build build = client.builds().createFromUrl("tester", "demo", SRPM);
        assertThat(messages).isEmpty();

        copr.advanceBuild(build.id());
        assertThat(summaries()).containsExactly(
                "copr.build.start srpm-builds 3", "copr.chroot.start srpm-builds 3");
        messages.clear();

        copr.advanceBuild(build.id());
        assertThat(summaries()).containsExactly(
                "copr.build.end srpm-builds 1",
                "copr.build.start epel-9-x86_64 3", "copr.chroot.start epel-9-x86_64 3",
                "copr.build.start fedora-rawhide-x86_64 3", "copr.chroot.start fedora-rawhide-x86_64 3");
        messages.clear();

        copr.advanceBuild(build.id());
        assertThat(summaries()).containsExactly(
                "copr.build.end epel-9-x86_64 1", "copr.build.end fedora-rawhide-x86_64 1");
    }

    @Test
    void chrootEndHasCoprMessagingsBodyAndFedoraMessagingsSettings() {
        Build build = client.builds().createFromUrl("tester", "demo", SRPM);

        copr.finishBuild(build.id());

        BusMessage end = messages.get(messages.size() - 1);
        assertThat(end.topic()).isEqualTo("copr.build.end");
        assertThat(new String(end.json(), StandardCharsets.UTF_8)).isEqualTo("{\"user\":\"tester\",\"copr\":\"demo\","
                + "\"owner\":\"tester\",\"pkg\":\"tool\",\"build\":" + build.id() + ",\"chroot\":\"fedora-rawhide-x86_64\","
                + "\"version\":\"1.2-3\",\"status\":1,\"ip\":\"172.25.1.3\",\"who\":\"backend.worker-rpm_build_worker:"
                + build.id() + "-fedora-rawhide-x86_64\",\"pid\":20002,\"what\":\"build end: user:tester copr:demo build:"
                + build.id() + " pkg:tool version:1.2-3 ip:172.25.1.3 pid:20002 status:1\"}");
        assertThat(end.severity()).isEqualTo(20);
        assertThat(end.sentAt()).isEqualTo(Instant.parse("2026-03-01T10:00:00Z"));
        assertThat(end.usernames()).containsExactly("tester");
        assertThat(end.buildId()).isEqualTo(build.id());
        assertThat(end.chroot()).isEqualTo("fedora-rawhide-x86_64");
    }

    @Test
    void sourceBuildMessagesNameNoPackageAndChrootStartsAreDebug() {
        Build build = client.builds().createFromUrl("tester", "demo", SRPM);

        copr.advanceBuild(build.id());

        assertThat(messages).extracting(BusMessage::severity).containsExactly(20, 10);
        BusMessage chrootStart = messages.get(1);
        assertThat(chrootStart.body()).containsExactly(
                entry("user", "tester"), entry("copr", "demo"), entry("owner", "tester"), entry("pkg", null),
                entry("build", build.id()), entry("chroot", "srpm-builds"), entry("version", null),
                entry("status", 3), entry("ip", "172.25.0." + (build.id() + 1)),
                entry("who", "backend.worker-rpm_build_worker:" + build.id()), entry("pid", 10_000 + build.id()),
                entry("what", "chroot start: chroot:srpm-builds user:tester copr:demo pkg:None build:" + build.id()
                        + " ip:172.25.0." + (build.id() + 1) + " pid:" + (10_000 + build.id())));
    }

    @Test
    void failedChrootsEndWithStatusZero() {
        copr.buildOutcome(BuildState.FAILED);
        Build build = client.builds().createFromUrl("tester", "demo", SRPM);

        copr.finishBuild(build.id());

        assertThat(summaries()).filteredOn(summary -> summary.startsWith("copr.build.end")).containsExactly(
                "copr.build.end srpm-builds 1", "copr.build.end epel-9-x86_64 0",
                "copr.build.end fedora-rawhide-x86_64 0");
    }

    @Test
    void failedSourceBuildEndsWithoutChrootMessages() {
        Build build = client.builds().createFromUrl("tester", "demo", SRPM);

        copr.failBuild(build.id());

        assertThat(summaries()).containsExactly(
                "copr.build.start srpm-builds 3", "copr.chroot.start srpm-builds 3", "copr.build.end srpm-builds 0");
    }

    @Test
    void cancelEndsWhatRunsAsFailedAsCoprsBackendDoes() {
        Build build = client.builds().createFromUrl("tester", "demo", SRPM);
        copr.advanceBuild(build.id());
        copr.advanceBuild(build.id());
        messages.clear();

        client.builds().cancel(build.id());

        assertThat(summaries()).containsExactly("copr.build.end epel-9-x86_64 0",
                "copr.build.end fedora-rawhide-x86_64 0");
        assertThat(copr.buildState(build.id())).isEqualTo(BuildState.CANCELED);
    }

    @Test
    void pollsMoveBuildsOnAndAnnounceThemWithOnPollProgression() {
        copr.buildProgression(BuildProgression.ON_POLL);
        Build build = client.builds().createFromUrl("tester", "demo", SRPM);

        client.builds().get(build.id());

        assertThat(summaries()).containsExactly("copr.build.start srpm-builds 3", "copr.chroot.start srpm-builds 3");
    }

    @Test
    void groupsAreNoUsernames() {
        copr.addUser(CoprStubUser.named("tester").inGroups("copr"));
        client.projects().add("@copr", "demo", List.of("fedora-rawhide-x86_64"));
        Build build = client.builds().createFromUrl("@copr", "demo", SRPM);

        copr.advanceBuild(build.id());

        assertThat(messages.get(0).body().get("owner")).isEqualTo("@copr");
        assertThat(messages.get(0).usernames()).containsExactly("tester");
    }

    @Test
    void aFailingPublisherLeavesTheBuildsMovingOn() {
        try (CoprStub failing = CoprStub.builder().busPublisher(message -> {
            throw new IllegalStateException("bus down");
        }).start()) {
            CoprClient failingClient = failing.client();
            failingClient.projects().add("tester", "demo", List.of("fedora-rawhide-x86_64"));
            Build build = failingClient.builds().createFromUrl("tester", "demo", SRPM);

            assertThat(failing.finishBuild(build.id())).isEqualTo(BuildState.SUCCEEDED);
        }
    }

    private List<String> summaries() {
        return messages.stream().map(message -> message.topic() + " " + message.chroot() + " "
                + message.body().get("status")).toList();
    }
}
