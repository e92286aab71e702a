package dev.copr.test;

import static dev.copr.test.assertj.CoprStubAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.LIST;

import dev.copr.client.CoprClient;
import dev.copr.client.build.Build;
import dev.copr.client.build.BuildOptions;
import dev.copr.client.build.BuildState;
import dev.copr.client.chroot.BuildChrootConfig;
import dev.copr.client.exception.CoprValidationException;
import dev.copr.client.source.ScmSource;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RebuildFailedTest {

    private static final String RAWHIDE = "fedora-rawhide-x86_64";
    private static final String F42 = "fedora-42-x86_64";
    private static final String EPEL = "epel-9-x86_64";
    private static final ScmSource SOURCE = ScmSource.of("https://github.com/example/hello.git");

    private final CoprStub copr = CoprStub.start();
    private final CoprClient client = copr.client();

    @BeforeEach
    void project() {
        client.projects().add("tester", "demo", List.of(RAWHIDE, F42, EPEL));
    }

    @AfterEach
    void stop() {
        copr.close();
    }

    @Test
    void rebuildsTheBuiltSrpmInExactlyTheFailedChroots() {
        Build original = client.builds().createFromScm("tester", "demo", SOURCE);
        copr.chrootOutcome(original.id(), RAWHIDE, BuildState.FAILED);
        copr.chrootOutcome(original.id(), EPEL, BuildState.FAILED);
        copr.finishBuild(original.id());
        String srpmUrl = client.builds().get(original.id()).sourcePackage().url();
        copr.clearRequests();

        Optional<Build> rebuild = client.builds().rebuildFailed(original.id());

        assertThat(srpmUrl).startsWith(copr.resultsUrl() + "/results/tester/demo/srpm-builds/");
        assertThat(rebuild).hasValueSatisfying(build -> {
            assertThat(build.id()).isNotEqualTo(original.id());
            assertThat(build.state()).isEqualTo(BuildState.PENDING);
            assertThat(build.chroots()).containsExactlyInAnyOrder(RAWHIDE, EPEL);
            assertThat(build.sourcePackage().url()).isEqualTo(srpmUrl);
            assertThat(build.projectDirname()).isEqualTo("demo");
        });
        RecordedRequest create = copr.requests("POST", "/build/create/url").get(0);
        assertThat(create.body()).containsOnlyKeys("ownername", "projectname", "pkgs", "chroots", "timeout",
                "enable_net", "background");
        assertThat(create.body().get("chroots")).asInstanceOf(LIST).containsExactlyInAnyOrder(RAWHIDE, EPEL);
        assertThat(create).isAuthenticatedAs("tester")
                .hasBodyField("ownername", "tester")
                .hasBodyField("projectname", "demo")
                .hasBodyField("pkgs", List.of(srpmUrl))
                .hasBodyField("timeout", 18000)
                .hasBodyField("enable_net", false)
                .hasBodyField("background", false);
    }

    @Test
    void keepsTheDirectoryTimeoutNetworkAndBackgroundOfTheOriginal() {
        Build original = client.builds().createFromScm("tester", "demo", SOURCE, BuildOptions.builder()
                .projectDirname("demo:custom:ci").timeout(Duration.ofHours(10)).enableNet(true).background(true).build());
        copr.chrootOutcome(original.id(), F42, BuildState.FAILED);
        copr.finishBuild(original.id());

        Build rebuild = client.builds().rebuildFailed(original.id()).orElseThrow();

        assertThat(copr).receivedRequest("POST", "/build/create/url")
                .hasBodyField("chroots", List.of(F42))
                .hasBodyField("project_dirname", "demo:custom:ci")
                .hasBodyField("timeout", 36000)
                .hasBodyField("enable_net", true)
                .hasBodyField("background", true);
        assertThat(rebuild.projectDirname()).isEqualTo("demo:custom:ci");
        assertThat(rebuild.background()).isTrue();
        BuildChrootConfig config = client.buildChroots().getBuildConfig(rebuild.id(), F42);
        assertThat(config.timeout()).isEqualTo(Duration.ofHours(10));
        assertThat(config.enableNet()).isTrue();
    }

    @Test
    void optionsReplaceWhatIsKept() {
        Build original = client.builds().createFromScm("tester", "demo", SOURCE,
                BuildOptions.builder().timeout(Duration.ofHours(1)).build());
        copr.chrootOutcome(original.id(), F42, BuildState.FAILED);
        copr.finishBuild(original.id());

        client.builds().rebuildFailed(original.id(), BuildOptions.builder().timeout(Duration.ofHours(8)).build());

        assertThat(copr).receivedRequest("POST", "/build/create/url")
                .hasBodyField("chroots", List.of(F42))
                .hasBodyField("timeout", 28800);
    }

    @Test
    void aBuildThatSucceededEverywhereSubmitsNothing() {
        Build original = client.builds().createFromScm("tester", "demo", SOURCE);
        copr.finishBuild(original.id());

        assertThat(client.builds().rebuildFailed(original.id())).isEmpty();
        assertThat(copr).receivedNoRequest("POST", "/build/create/url");
    }

    @Test
    void canceledChrootsAreNotRebuilt() {
        Build original = client.builds().createFromScm("tester", "demo", SOURCE,
                BuildOptions.builder().chroots(RAWHIDE, F42).build());
        client.builds().cancel(original.id());

        assertThat(client.builds().rebuildFailed(original.id())).isEmpty();
        assertThat(copr).receivedNoRequest("POST", "/build/create/url");
    }

    @Test
    void aBuildThatHasNotEndedIsRefusedWithItsState() {
        Build original = client.builds().createFromScm("tester", "demo", SOURCE);

        assertThatThrownBy(() -> client.builds().rebuildFailed(original.id()))
                .isInstanceOf(CoprValidationException.class)
                .hasMessageStartingWith("build " + original.id() + " is pending: only an ended build");
        assertThat(copr).receivedNoRequest("POST", "/build/create/url");
    }

    @Test
    void aBuildWhoseSourceBuildFailedIsRefused() {
        Build original = client.builds().createFromScm("tester", "demo", SOURCE,
                BuildOptions.builder().chroots(RAWHIDE, F42).build());
        copr.failBuild(original.id());

        assertThatThrownBy(() -> client.builds().rebuildFailed(original.id()))
                .isInstanceOf(CoprValidationException.class)
                .hasMessage("build " + original.id() + " failed in its source build (failed): there is no SRPM to"
                        + " rebuild; submit its sources again, as builds().getSourceBuildConfig(" + original.id()
                        + ") shows them");
        assertThat(copr).receivedNoRequest("POST", "/build/create/url");
    }

    @Test
    void chrootsInTheOptionsAreRefused() {
        copr.clearRequests();

        assertThatThrownBy(() -> client.builds().rebuildFailed(7, BuildOptions.builder().chroots(F42).build()))
                .isInstanceOf(CoprValidationException.class)
                .hasMessage("rebuildFailed options must not set chroots or excludeChroots: build 7 is rebuilt in the"
                        + " chroots where it failed");
        assertThat(copr.requests()).isEmpty();
    }
}
