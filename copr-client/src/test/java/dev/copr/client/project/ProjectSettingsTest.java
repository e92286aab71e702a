package dev.copr.client.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.copr.client.CoprValidationException;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class ProjectSettingsTest {

    @Test
    void deleteAfterIsSentInWholeDays() {
        assertThat(ProjectSettings.builder().deleteAfter(Duration.ofDays(720)).build().deleteAfterDays()).isEqualTo(720);
        assertThat(ProjectSettings.builder().deleteAfter(Duration.ZERO).build().deleteAfterDays()).isZero();
        assertThat(ProjectSettings.builder().neverDelete().build().deleteAfterDays()).isEqualTo(-1);
    }

    @Test
    void deleteAfterRefusesPartialDaysAndPeriodsOutsideCoprsRange() {
        assertThatThrownBy(() -> ProjectSettings.builder().deleteAfter(Duration.ofHours(36)))
                .isInstanceOf(CoprValidationException.class)
                .hasMessage("deleteAfter must be a whole number of days from 0 to 720, was PT36H");
        assertThatThrownBy(() -> ProjectSettings.builder().deleteAfter(Duration.ofDays(721)))
                .isInstanceOf(CoprValidationException.class);
        assertThatThrownBy(() -> ProjectSettings.builder().deleteAfter(Duration.ofDays(-2)))
                .isInstanceOf(CoprValidationException.class);
    }

    @Test
    void repoPriorityMustBePositive() {
        assertThatThrownBy(() -> ProjectSettings.builder().repoPriority(0).build())
                .isInstanceOf(CoprValidationException.class).hasMessage("repoPriority must be at least 1, was 0");
    }

    @Test
    void unknownEnumValuesCannotBeSent() {
        assertThatThrownBy(() -> ProjectSettings.builder().bootstrap(Bootstrap.UNKNOWN).build())
                .isInstanceOf(CoprValidationException.class).hasMessageContaining("cannot be UNKNOWN");
        assertThatThrownBy(() -> ProjectSettings.builder().isolation(Isolation.UNKNOWN).build())
                .isInstanceOf(CoprValidationException.class);
        assertThatThrownBy(() -> ProjectSettings.builder().storage(Storage.UNKNOWN).build())
                .isInstanceOf(CoprValidationException.class);
    }

    @Test
    void listsRefuseNullOrBlankEntries() {
        assertThatThrownBy(() -> ProjectSettings.builder().additionalRepos(Arrays.asList("https://a/", null)).build())
                .isInstanceOf(CoprValidationException.class)
                .hasMessage("additionalRepos must not contain null or blank entries, was [https://a/, null]");
        assertThatThrownBy(() -> ProjectSettings.builder().runtimeDependencies(List.of(" ")).build())
                .isInstanceOf(CoprValidationException.class);
    }

    @Test
    void builderCopiesListsSoLaterChangesDoNotLeakIn() {
        List<String> repos = new ArrayList<>(List.of("https://a/"));
        ProjectSettings.Builder builder = ProjectSettings.builder().additionalRepos(repos);
        repos.add("https://b/");

        assertThat(builder.build().additionalRepos()).containsExactly("https://a/");
    }

    @Test
    void noneSetsNothing() {
        ProjectSettings none = ProjectSettings.none();

        assertThat(none).isEqualTo(ProjectSettings.builder().build());
        assertThat(none.editJson()).isEmpty();
    }
}
