package dev.copr.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.copr.client.CoprClient;
import dev.copr.client.build.Build;
import dev.copr.client.build.BuildOptions;
import dev.copr.client.build.BuildState;
import dev.copr.client.build.Builds;
import dev.copr.client.chroot.BuildChroot;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BuildProgressionTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);
    private static final String SRPM = "https://example.com/foo-1.0-1.src.rpm";

    private final CoprStub copr = CoprStub.builder().clock(CLOCK).start();
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
    void manualBuildMovesOnlyWhenAdvanced() {
        Build build = client.builds().createFromUrl("tester", "demo", SRPM);

        assertThat(client.builds().get(build.id()).state()).isEqualTo(BuildState.PENDING);
        assertThat(copr.advanceBuild(build.id())).isEqualTo(BuildState.IMPORTING);
        assertThat(copr.advanceBuild(build.id())).isEqualTo(BuildState.RUNNING);
        Build running = client.builds().get(build.id());
        assertThat(running.chroots()).containsExactly("epel-9-x86_64", "fedora-rawhide-x86_64");
        assertThat(running.startedOn()).isEqualTo(CLOCK.instant());
        assertThat(running.endedOn()).isNull();
        assertThat(copr.advanceBuild(build.id())).isEqualTo(BuildState.SUCCEEDED);
        assertThat(copr.advanceBuild(build.id())).isEqualTo(BuildState.SUCCEEDED);
        assertThat(client.builds().get(build.id()).endedOn()).isEqualTo(CLOCK.instant());
    }

    @Test
    void watcherSeesEveryStateWhenBuildsMoveOnEachPoll() {
        copr.buildProgression(BuildProgression.ON_POLL);
        Build build = client.builds().createFromUrl("tester", "demo", SRPM);
        List<BuildState> states = new ArrayList<>();
        List<Integer> polls = new ArrayList<>();

        List<Build> ended = client.builds().watcher().sleeper(duration -> { })
                .onStateChange((changed, previous) -> states.add(changed.state()))
                .afterEachPoll(builds -> polls.add(polls.size() + 1))
                .build().waitFor(build);

        assertThat(states).containsExactly(BuildState.IMPORTING, BuildState.RUNNING, BuildState.SUCCEEDED);
        assertThat(polls).hasSize(3);
        assertThat(Builds.succeeded(ended)).isTrue();
    }

    @Test
    void buildToldToFailEndsFailedInEveryChroot() {
        copr.buildProgression(BuildProgression.ON_POLL);
        Build build = client.builds().createFromUrl("tester", "demo", SRPM);
        copr.buildOutcome(build.id(), BuildState.FAILED);

        List<Build> ended = client.builds().watcher().sleeper(duration -> { }).build().waitFor(build);

        assertThat(ended.get(0).state()).isEqualTo(BuildState.FAILED);
        assertThat(Builds.succeeded(ended)).isFalse();
        assertThat(client.buildChroots().getList(build.id()).items()).extracting(BuildChroot::state)
                .containsOnly(BuildState.FAILED);
        assertThat(client.buildChroots().getBuiltPackages(build.id(), "epel-9-x86_64")).isEmpty();
    }

    @Test
    void defaultOutcomeAppliesToBuildsSubmittedLater() {
        Build before = client.builds().createFromUrl("tester", "demo", SRPM);
        copr.buildOutcome(BuildState.FAILED);
        Build after = client.builds().createFromUrl("tester", "demo", SRPM);

        copr.finishAllBuilds();

        assertThat(copr.buildState(before.id())).isEqualTo(BuildState.SUCCEEDED);
        assertThat(copr.buildState(after.id())).isEqualTo(BuildState.FAILED);
    }

    @Test
    void failingAPendingBuildFailsItsSrpmBuild() {
        Build build = client.builds().createFromUrl("tester", "demo", SRPM, BuildOptions.builder().chroots("epel-9-x86_64").build());

        assertThat(copr.failBuild(build.id())).isEqualTo(BuildState.FAILED);
        assertThat(client.builds().getSourceChroot(build.id()).state()).isEqualTo(BuildState.FAILED);
        assertThat(client.buildChroots().get(build.id(), "epel-9-x86_64").state()).isEqualTo(BuildState.FAILED);
    }

    @Test
    void failingARunningBuildFailsItsChroots() {
        Build build = client.builds().createFromUrl("tester", "demo", SRPM);
        copr.advanceBuild(build.id());
        copr.advanceBuild(build.id());

        assertThat(copr.failBuild(build.id())).isEqualTo(BuildState.FAILED);
        assertThat(client.builds().getSourceChroot(build.id()).state()).isEqualTo(BuildState.SUCCEEDED);
    }

    @Test
    void onlyPollsOfTheBuildMoveIt() {
        copr.buildProgression(BuildProgression.ON_POLL);
        Build build = client.builds().createFromUrl("tester", "demo", SRPM);

        client.builds().getList("tester", "demo");
        client.monitor().monitor("tester", "demo");

        assertThat(copr.buildState(build.id())).isEqualTo(BuildState.PENDING);
    }

    @Test
    void timedBuildsMoveOnByThemselvesWithoutPolls() throws InterruptedException {
        CountDownLatch chrootsEnded = new CountDownLatch(2);
        try (CoprStub timed = CoprStub.builder().buildProgression(BuildProgression.TIMED).timedStep(Duration.ofMillis(5))
                .busPublisher(message -> {
                    if (message.topic().equals("copr.build.end") && !message.chroot().equals("srpm-builds")) {
                        chrootsEnded.countDown();
                    }
                }).start()) {
            CoprClient timedClient = timed.client();
            timedClient.projects().add("tester", "demo", List.of("fedora-rawhide-x86_64", "epel-9-x86_64"));
            Build build = timedClient.builds().createFromUrl("tester", "demo", SRPM);

            assertThat(chrootsEnded.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(timed.buildState(build.id())).isEqualTo(BuildState.SUCCEEDED);
            assertThat(timed.requests("GET", "/build/" + build.id())).isEmpty();
        }
    }

    @Test
    void switchingToTimedStartsMovingBuilds() throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        try (CoprStub switched = CoprStub.builder().timedStep(Duration.ofMillis(5))
                .busPublisher(message -> started.countDown()).start()) {
            switched.client().projects().add("tester", "demo", List.of("fedora-rawhide-x86_64"));
            Build build = switched.client().builds().createFromUrl("tester", "demo", SRPM);

            switched.buildProgression(BuildProgression.TIMED);

            assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(switched.buildState(build.id())).isNotEqualTo(BuildState.PENDING);
        }
    }

    @Test
    void controllingAnUnknownBuildIsAMistakeInTheTest() {
        assertThatThrownBy(() -> copr.advanceBuild(42)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the Copr stub has no build 42");
        assertThatThrownBy(() -> copr.buildOutcome(BuildState.RUNNING)).isInstanceOf(IllegalArgumentException.class);
    }
}
