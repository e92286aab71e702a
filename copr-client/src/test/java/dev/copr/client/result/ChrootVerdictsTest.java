package dev.copr.client.result;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.copr.client.result.ResultSamples.BUILD_ID;
import static dev.copr.client.result.ResultSamples.F41;
import static dev.copr.client.result.ResultSamples.RAWHIDE;
import static dev.copr.client.result.ResultSamples.chroot;
import static dev.copr.client.result.ResultSamples.chrootList;
import static org.assertj.core.api.Assertions.assertThat;

import dev.copr.client.CoprWireMock;
import dev.copr.client.build.BuildState;
import dev.copr.client.chroot.BuildChroot;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ChrootVerdictsTest {

    @RegisterExtension
    static final CoprWireMock copr = CoprWireMock.create();

    private final BuildResults results = copr.client().results();

    @Test
    void aFailedBuildStillSucceededInTheChrootsThatPassed() {
        copr.stubFor(get(urlPathEqualTo("/api_3/build-chroot/list")).willReturn(okJson(chrootList(
                chroot(RAWHIDE, "succeeded", "https://results.example"),
                chroot(F41, "failed", "https://results.example")))));

        ChrootVerdicts verdicts = results.verdicts(ResultSamples.build());

        copr.verify(1, getRequestedFor(urlEqualTo("/api_3/build-chroot/list?build_id=" + BUILD_ID)));
        assertThat(copr.getAllServeEvents()).hasSize(1);
        assertThat(verdicts.buildId()).isEqualTo(BUILD_ID);
        assertThat(verdicts.states()).containsExactly(
                org.assertj.core.api.Assertions.entry(RAWHIDE, BuildState.SUCCEEDED),
                org.assertj.core.api.Assertions.entry(F41, BuildState.FAILED));
        assertThat(verdicts.succeededIn(RAWHIDE)).isTrue();
        assertThat(verdicts.succeededIn(RAWHIDE, F41)).isFalse();
        assertThat(verdicts.failed()).extracting(BuildChroot::name).containsExactly(F41);
        assertThat(verdicts.ended()).isTrue();
    }

    @Test
    void aChrootTheBuildWasNotSubmittedToNeverSucceeded() {
        copr.stubFor(get(urlPathEqualTo("/api_3/build-chroot/list")).willReturn(okJson(chrootList(
                chroot(RAWHIDE, "succeeded", "https://results.example")))));

        ChrootVerdicts verdicts = results.verdicts(BUILD_ID);

        assertThat(verdicts.state("fedora-40-aarch64")).isEmpty();
        assertThat(verdicts.succeededIn("fedora-40-aarch64")).isFalse();
        assertThat(verdicts.succeededIn(java.util.List.of())).isFalse();
    }

    @Test
    void theVerdictsOfSeveralBuildsTakeOneRequestEach() {
        copr.stubFor(get(urlPathEqualTo("/api_3/build-chroot/list")).willReturn(okJson(chrootList(
                chroot(RAWHIDE, "succeeded", "https://results.example")))));
        java.util.List<dev.copr.client.build.Build> builds = java.util.List.of(ResultSamples.build(),
                ResultSamples.build());

        assertThat(results.verdicts(builds)).extracting(ChrootVerdicts::buildId).containsExactly(BUILD_ID, BUILD_ID);
        copr.verify(2, getRequestedFor(urlEqualTo("/api_3/build-chroot/list?build_id=" + BUILD_ID)));
    }

    @Test
    void aRunningChrootMeansTheBuildHasNotEnded() {
        copr.stubFor(get(urlPathEqualTo("/api_3/build-chroot/list")).willReturn(okJson(chrootList(
                chroot(RAWHIDE, "succeeded", "https://results.example"),
                chroot(F41, "running", "https://results.example")))));

        ChrootVerdicts verdicts = results.verdicts(BUILD_ID);

        assertThat(verdicts.ended()).isFalse();
        assertThat(verdicts.state(F41)).contains(BuildState.RUNNING);
        assertThat(verdicts.failed()).isEmpty();
    }
}
