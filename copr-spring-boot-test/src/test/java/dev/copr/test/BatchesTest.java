package dev.copr.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.copr.client.CoprClient;
import dev.copr.client.build.Build;
import dev.copr.client.build.BuildOptions;
import dev.copr.client.build.BuildState;
import dev.copr.client.exception.CoprRequestException;
import dev.copr.client.source.PypiSource;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Build batches as Copr keeps them: {@code after_build_id} and {@code with_build_id}. */
class BatchesTest {

    private static final String SRPM = "https://example.com/foo-1.0-1.src.rpm";

    private final CoprStub copr = CoprStub.builder().user(CoprStubUser.named("bob")).start();
    private final CoprClient client = copr.client();

    @BeforeEach
    void project() {
        client.projects().add("tester", "demo", List.of("fedora-rawhide-x86_64"));
    }

    @AfterEach
    void stop() {
        copr.close();
    }

    @Test
    void buildAfterAnotherStaysPendingUntilThatOneEnds() {
        Build first = submit(BuildOptions.none());
        Build second = submit(after(first));

        assertThat(copr.buildBlocked(second.id())).isTrue();
        assertThat(copr.advanceBuild(second.id())).isEqualTo(BuildState.PENDING);
        copr.advanceAllBuilds();
        assertThat(copr.buildState(first.id())).isEqualTo(BuildState.IMPORTING);
        assertThat(copr.buildState(second.id())).isEqualTo(BuildState.PENDING);
        copr.finishBuild(first.id());

        assertThat(copr.buildBlocked(second.id())).isFalse();
        assertThat(copr.advanceBuild(second.id())).isEqualTo(BuildState.IMPORTING);
    }

    @Test
    void batchRunsAfterTheBatchBeforeFailedOrWasCanceled() {
        Build failing = submit(BuildOptions.none());
        Build canceled = submit(BuildOptions.builder().withBuildId(failing.id()).build());
        Build next = submit(after(failing));
        copr.failBuild(failing.id());

        assertThat(copr.buildBlocked(next.id())).as("one build of the batch still pending").isTrue();
        client.builds().cancel(canceled.id());

        assertThat(copr.buildBlocked(next.id())).isFalse();
        assertThat(copr.advanceBuild(next.id())).isEqualTo(BuildState.IMPORTING);
    }

    @Test
    void batchWaitsForEveryBuildThatJoinedTheBatchBefore() {
        Build first = submit(BuildOptions.none());
        Build next = submit(after(first));
        Build joined = submit(BuildOptions.builder().withBuildId(first.id()).build());
        copr.finishBuild(first.id());

        assertThat(copr.buildBlocked(next.id())).isTrue();
        copr.finishBuild(joined.id());
        assertThat(copr.buildBlocked(next.id())).isFalse();
    }

    @Test
    void chainOfBatchesWaitsForEveryBatchBefore() {
        Build first = submit(BuildOptions.none());
        Build second = submit(after(first));
        Build third = submit(after(second));

        assertThat(copr.buildBlocked(third.id())).isTrue();
        copr.finishBuild(first.id());
        assertThat(copr.buildBlocked(third.id())).as("second not finished yet").isTrue();
        copr.finishBuild(second.id());
        assertThat(copr.buildBlocked(third.id())).isFalse();
    }

    @Test
    void finishAllBuildsFinishesBatchesInTheirOrder() {
        Build first = submit(BuildOptions.none());
        Build second = submit(after(first));
        Build joined = submit(BuildOptions.builder().withBuildId(first.id()).build());

        copr.finishAllBuilds();

        assertThat(List.of(first, second, joined)).allSatisfy(build ->
                assertThat(copr.buildState(build.id())).isEqualTo(BuildState.SUCCEEDED));
        assertThat(client.builds().get(second.id()).startedOn())
                .isAfterOrEqualTo(client.builds().get(joined.id()).endedOn());
    }

    @Test
    void blockedBuildCannotBeFinishedOrFailed() {
        Build first = submit(BuildOptions.none());
        Build second = submit(after(first));

        assertThatThrownBy(() -> copr.finishBuild(second.id())).isInstanceOf(IllegalStateException.class)
                .hasMessage("build 2 waits for batch 1 to finish, as on Copr: finish that batch's builds first");
        assertThatThrownBy(() -> copr.failBuild(second.id())).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void pollingABlockedBuildDoesNotMoveIt() {
        copr.buildProgression(BuildProgression.ON_POLL);
        Build first = submit(BuildOptions.none());
        Build second = submit(after(first));

        assertThat(client.builds().get(second.id()).state()).isEqualTo(BuildState.PENDING);
        assertThat(client.builds().get(second.id()).state()).isEqualTo(BuildState.PENDING);
        assertThat(client.builds().watcher().sleeper(duration -> { }).build().waitFor(first).get(0).state())
                .isEqualTo(BuildState.SUCCEEDED);
        assertThat(client.builds().get(second.id()).state()).isEqualTo(BuildState.IMPORTING);
    }

    @Test
    void packageBuildTakesBatchOptions() {
        client.packages().add("tester", "demo", "foo", PypiSource.builder("foo").build());
        Build first = submit(BuildOptions.none());

        Build pkg = client.packages().build("tester", "demo", "foo", after(first));

        assertThat(copr.buildBlocked(pkg.id())).isTrue();
    }

    @Test
    void joiningAFinishedBatchIsRefused() {
        Build first = submit(BuildOptions.none());
        submit(BuildOptions.builder().withBuildId(first.id()).build());
        copr.finishAllBuilds();

        assertThatThrownBy(() -> submit(BuildOptions.builder().withBuildId(first.id()).build()))
                .isInstanceOfSatisfying(CoprRequestException.class, e -> assertThat(e.getCoprError())
                        .isEqualTo("Bad request parameters: {'with_build_id': ['Batch 1 is already finished']}"));
    }

    @Test
    void buildingAfterAFinishedBatchRunsAtOnce() {
        Build first = submit(BuildOptions.none());
        submit(BuildOptions.builder().withBuildId(first.id()).build());
        copr.finishAllBuilds();

        Build next = submit(after(first));

        assertThat(copr.buildBlocked(next.id())).isFalse();
    }

    @Test
    void finishedBuildInNoBatchCannotStartOne() {
        Build first = submit(BuildOptions.none());
        copr.finishBuild(first.id());

        assertThatThrownBy(() -> submit(after(first)))
                .isInstanceOfSatisfying(CoprRequestException.class, e -> assertThat(e.getCoprError())
                        .isEqualTo("Bad request parameters: {'after_build_id': ['Build 1 is not yet in any batch, and"
                                + " new batch can not be created because the build has already finished']}"));
    }

    @Test
    void unknownBuildIsAFormErrorOfBothEndpoints() {
        client.packages().add("tester", "demo", "foo", PypiSource.builder("foo").build());
        BuildOptions afterUnknown = BuildOptions.builder().afterBuildId(99).build();

        assertThatThrownBy(() -> submit(afterUnknown))
                .isInstanceOfSatisfying(CoprRequestException.class, e -> assertThat(e.getCoprError())
                        .isEqualTo("Bad request parameters: {'after_build_id': ['Build 99 not found']}"));
        assertThatThrownBy(() -> client.packages().build("tester", "demo", "foo", afterUnknown))
                .isInstanceOfSatisfying(CoprRequestException.class, e -> assertThat(e.getCoprError())
                        .isEqualTo("after_build_id: Build 99 not found"));
    }

    @Test
    void otherUserMayBuildAfterButNotJoinOrBatchAnUnbatchedBuild() {
        Build first = submit(BuildOptions.none());
        Build joined = submit(BuildOptions.builder().withBuildId(first.id()).build());
        CoprClient bob = copr.client(copr.user("bob"));
        bob.projects().add("bob", "own", List.of("fedora-rawhide-x86_64"));
        Build lone = submit(BuildOptions.none());

        Build bobs = bob.builds().createFromUrl("bob", "own", SRPM, after(first));

        assertThat(copr.buildBlocked(bobs.id())).isTrue();
        assertThatThrownBy(() -> bob.builds().createFromUrl("bob", "own", SRPM,
                BuildOptions.builder().withBuildId(joined.id()).build()))
                .isInstanceOfSatisfying(CoprRequestException.class, e -> assertThat(e.getCoprError())
                        .isEqualTo("Bad request parameters: {'with_build_id': ['The batch 1 belongs to project"
                                + " tester/demo.  You are not allowed to build there, so you neither can edit the"
                                + " batch.']}"));
        assertThatThrownBy(() -> bob.builds().createFromUrl("bob", "own", SRPM, after(lone)))
                .isInstanceOfSatisfying(CoprRequestException.class, e -> assertThat(e.getCoprError())
                        .isEqualTo("Bad request parameters: {'after_build_id': [\"Build " + lone.id() + " is not"
                                + " yet in any batch, and user 'bob' doesn't have the build permissions in project"
                                + " 'tester/demo' to create a new one\"]}"));
    }

    @Test
    void severalUrlsAfterABuildStartOneBatchEachAndUrlsWithABuildJoinIt() {
        Build first = submit(BuildOptions.none());
        List<Build> after = client.builds().createFromUrls("tester", "demo", List.of(SRPM, SRPM), after(first));
        List<Build> with = client.builds().createFromUrls("tester", "demo", List.of(SRPM, SRPM),
                BuildOptions.builder().withBuildId(after.get(0).id()).build());
        Build afterSecond = submit(after(after.get(1)));
        Build afterFirst = submit(after(after.get(0)));

        assertThat(with).allSatisfy(build -> assertThat(copr.buildBlocked(build.id())).isTrue());
        copr.finishBuild(first.id());
        assertThat(with).allSatisfy(build -> assertThat(copr.buildBlocked(build.id())).isFalse());
        copr.finishBuild(after.get(1).id());
        copr.finishBuild(after.get(0).id());

        assertThat(copr.buildBlocked(afterSecond.id())).as("the second URL's batch holds it alone").isFalse();
        assertThat(copr.buildBlocked(afterFirst.id())).as("the builds that joined the first URL's batch run")
                .isTrue();
    }

    private Build submit(BuildOptions options) {
        return client.builds().createFromUrl("tester", "demo", SRPM, options);
    }

    private static BuildOptions after(Build build) {
        return BuildOptions.builder().afterBuildId(build.id()).build();
    }
}
