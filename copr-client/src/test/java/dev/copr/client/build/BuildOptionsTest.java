package dev.copr.client.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.copr.client.exception.CoprValidationException;
import dev.copr.client.mock.Bootstrap;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class BuildOptionsTest {

    @Test
    void derivedOptionsLeaveTheOriginalUnchanged() {
        BuildOptions original = BuildOptions.builder().projectDirname("p:custom:1").build();

        BuildOptions derived = original.toBuilder().background(true).build();

        assertThat(derived.background()).isTrue();
        assertThat(derived.projectDirname()).isEqualTo("p:custom:1");
        assertThat(original).isEqualTo(BuildOptions.builder().projectDirname("p:custom:1").build());
    }

    @Test
    void toStringNamesTheSettingsThatAreSet() {
        assertThat(BuildOptions.builder().chroots("fedora-41-x86_64").background(true).build())
                .hasToString("BuildOptions[chroots=[fedora-41-x86_64], background=true]");
    }

    @Test
    void refusesBootstrapThatOnlyStandsForAnUnknownAnswer() {
        assertThatThrownBy(() -> BuildOptions.builder().bootstrap(Bootstrap.UNKNOWN).build())
                .isInstanceOf(CoprValidationException.class)
                .hasMessageStartingWith("BuildOptions bootstrap cannot be UNKNOWN");
    }

    @Test
    void refusesBothBatchOptions() {
        assertThatThrownBy(() -> BuildOptions.builder().afterBuildId(1).withBuildId(2).build())
                .isInstanceOf(CoprValidationException.class)
                .hasMessageContaining("afterBuildId 1 and withBuildId 2 exclude each other");
    }

    @Test
    void refusesTimeoutShorterThanOneSecond() {
        assertThatThrownBy(() -> BuildOptions.builder().timeout(Duration.ofMillis(500)).build())
                .isInstanceOf(CoprValidationException.class)
                .hasMessage("BuildOptions timeout must be at least one second, was PT0.5S");
    }
}
