package dev.copr.client.build;

import static dev.copr.client.build.BuildScenarios.build;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.copr.client.exception.CoprValidationException;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class BuildsTest {

    @ParameterizedTest
    @EnumSource(value = BuildState.class, names = "SUCCEEDED", mode = EnumSource.Mode.EXCLUDE)
    void buildInAnyOtherStateHasNotSucceeded(BuildState state) {
        assertThat(Builds.succeeded(build(7, state))).isFalse();
    }

    @Test
    void succeededBuildHasSucceeded() {
        assertThat(Builds.succeeded(build(7, BuildState.SUCCEEDED))).isTrue();
    }

    @Test
    void allSucceededOnlyWhenEveryBuildDid() {
        Build ok = build(7, BuildState.SUCCEEDED);

        assertThat(Builds.succeeded(List.of(ok, build(8, BuildState.SUCCEEDED)))).isTrue();
        assertThat(Builds.succeeded(List.of(ok, build(8, BuildState.SKIPPED)))).isFalse();
        assertThat(Builds.succeeded(ok, build(8, BuildState.FAILED), ok)).isFalse();
    }

    @Test
    void noBuildsCountAsSucceededAsInPythonCopr() {
        assertThat(Builds.succeeded(List.of())).isTrue();
        assertThat(Builds.succeeded()).isTrue();
    }

    @Test
    void refusesNull() {
        assertThatThrownBy(() -> Builds.succeeded((List<Build>) null))
                .isInstanceOf(CoprValidationException.class)
                .hasMessage("builds must not be null");
        assertThatThrownBy(() -> Builds.succeeded(build(7, BuildState.SUCCEEDED), null))
                .isInstanceOf(CoprValidationException.class)
                .hasMessage("build must not be null");
    }
}
