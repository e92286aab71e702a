package dev.copr.client.internal.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copr.client.build.BuildOptions;
import dev.copr.client.mock.Bootstrap;
import dev.copr.client.mock.Isolation;
import dev.copr.client.pkg.PackageOptions;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class WireFormsTest {

    @Test
    void noOptionsSendNothing() {
        assertThat(WireForms.of(BuildOptions.none())).isEmpty();
    }

    @Test
    void everyOptionHasItsCoprNameAndTimeoutIsSentInSeconds() {
        BuildOptions options = BuildOptions.builder().chroots("fedora-41-x86_64", "epel-9-*")
                .excludeChroots(List.of("epel-9-ppc64le"))
                .timeout(Duration.ofHours(10))
                .background(true)
                .bootstrap(Bootstrap.ON)
                .isolation(Isolation.NSPAWN)
                .afterBuildId(77)
                .enableNet(false)
                .packitForgeProject("github.com/fedora-copr/copr")
                .projectDirname("copr-dev:pr:12").build();

        assertThat(WireForms.of(options)).containsExactly(
                Map.entry("chroots", List.of("fedora-41-x86_64", "epel-9-*")),
                Map.entry("exclude_chroots", List.of("epel-9-ppc64le")),
                Map.entry("timeout", 36000L),
                Map.entry("background", true),
                Map.entry("bootstrap", Bootstrap.ON),
                Map.entry("isolation", Isolation.NSPAWN),
                Map.entry("after_build_id", 77L),
                Map.entry("enable_net", false),
                Map.entry("packit_forge_project", "github.com/fedora-copr/copr"),
                Map.entry("project_dirname", "copr-dev:pr:12"));
    }

    @Test
    void withBuildIdJoinsABatch() {
        assertThat(WireForms.of(BuildOptions.builder().withBuildId(5).build())).containsExactly(Map.entry("with_build_id", 5L));
    }

    @Test
    void packageDenylistTravelsCommaSeparated() {
        assertThat(WireForms.of(PackageOptions.builder().chrootDenylist("epel-*", "fedora-40-*").build()))
                .containsExactly(Map.entry("chroot_denylist", "epel-*,fedora-40-*"));
    }
}
