package dev.copr.client.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.copr.client.CoprValidationException;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class BuildOptionsTest {

    @Test
    void noOptionsSendNothing() {
        assertThat(BuildOptions.none().wireFields()).isEmpty();
    }

    @Test
    void everyOptionHasItsCoprNameAndTimeoutIsSentInSeconds() {
        BuildOptions options = BuildOptions.chroots("fedora-41-x86_64", "epel-9-*")
                .withExcludeChroots(List.of("epel-9-ppc64le"))
                .withTimeout(Duration.ofHours(10))
                .withBackground(true)
                .withBootstrap("on")
                .withIsolation("nspawn")
                .withAfterBuildId(77)
                .withEnableNet(false)
                .withPackitForgeProject("github.com/fedora-copr/copr")
                .withProjectDirname("copr-dev:pr:12");

        assertThat(options.wireFields()).containsExactly(
                Map.entry("chroots", List.of("fedora-41-x86_64", "epel-9-*")),
                Map.entry("exclude_chroots", List.of("epel-9-ppc64le")),
                Map.entry("timeout", 36000L),
                Map.entry("background", true),
                Map.entry("bootstrap", "on"),
                Map.entry("isolation", "nspawn"),
                Map.entry("after_build_id", 77L),
                Map.entry("enable_net", false),
                Map.entry("packit_forge_project", "github.com/fedora-copr/copr"),
                Map.entry("project_dirname", "copr-dev:pr:12"));
    }

    @Test
    void withBuildIdJoinsABatch() {
        assertThat(BuildOptions.none().withBuildId(5).wireFields()).containsExactly(Map.entry("with_build_id", 5L));
    }

    @Test
    void copiesLeaveTheOriginalUnchanged() {
        BuildOptions original = BuildOptions.projectDirname("p:custom:1");

        original.withBackground(true);

        assertThat(original).isEqualTo(BuildOptions.projectDirname("p:custom:1"));
    }

    @Test
    void refusesBothBatchOptions() {
        assertThatThrownBy(() -> BuildOptions.none().withAfterBuildId(1).withBuildId(2))
                .isInstanceOf(CoprValidationException.class)
                .hasMessageContaining("afterBuildId 1 and withBuildId 2 exclude each other");
    }

    @Test
    void refusesTimeoutShorterThanOneSecond() {
        assertThatThrownBy(() -> BuildOptions.none().withTimeout(Duration.ofMillis(500)))
                .isInstanceOf(CoprValidationException.class)
                .hasMessage("timeout must be at least one second, was PT0.5S");
    }
}
