package dev.copr.client.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.copr.client.exception.CoprValidationException;
import dev.copr.client.mock.Bootstrap;
import dev.copr.client.mock.Isolation;

import java.lang.reflect.Method;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class ProjectOptionsTest {

    @Test
    void deleteAfterIsSentInWholeDays() {
        assertThat(ProjectOptions.builder().deleteAfter(Duration.ofDays(720)).build().deleteAfterDays()).isEqualTo(720);
        assertThat(ProjectOptions.builder().deleteAfter(Duration.ZERO).build().deleteAfterDays()).isZero();
        assertThat(ProjectOptions.builder().neverDelete().build().deleteAfterDays()).isEqualTo(-1);
    }

    @Test
    void deleteAfterRefusesPartialDaysAndPeriodsOutsideCoprsRange() {
        assertThatThrownBy(() -> ProjectOptions.builder().deleteAfter(Duration.ofHours(36)))
                .isInstanceOf(CoprValidationException.class)
                .hasMessage("ProjectOptions deleteAfter must be a whole number of days from 0 to 720, was PT36H");
        assertThatThrownBy(() -> ProjectOptions.builder().deleteAfter(Duration.ofDays(721)))
                .isInstanceOf(CoprValidationException.class);
        assertThatThrownBy(() -> ProjectOptions.builder().deleteAfter(Duration.ofDays(-2)))
                .isInstanceOf(CoprValidationException.class);
    }

    @Test
    void repoPriorityMustBePositive() {
        assertThatThrownBy(() -> ProjectOptions.builder().repoPriority(0).build())
                .isInstanceOf(CoprValidationException.class).hasMessage("ProjectOptions repoPriority must be at least 1, was 0");
    }

    @Test
    void unknownEnumValuesCannotBeSent() {
        assertThatThrownBy(() -> ProjectOptions.builder().bootstrap(Bootstrap.UNKNOWN).build())
                .isInstanceOf(CoprValidationException.class).hasMessageContaining("cannot be UNKNOWN");
        assertThatThrownBy(() -> ProjectOptions.builder().isolation(Isolation.UNKNOWN).build())
                .isInstanceOf(CoprValidationException.class);
        assertThatThrownBy(() -> NewProjectOptions.builder().storage(Storage.UNKNOWN).build())
                .isInstanceOf(CoprValidationException.class).hasMessageStartingWith("NewProjectOptions storage");
    }

    @Test
    void listsRefuseNullOrBlankEntries() {
        assertThatThrownBy(() -> ProjectOptions.builder().additionalRepos(Arrays.asList("https://a/", null)).build())
                .isInstanceOf(CoprValidationException.class)
                .hasMessage("ProjectOptions additionalRepos must not contain null or blank entries, was [https://a/, null]");
        assertThatThrownBy(() -> ProjectOptions.builder().runtimeDependencies(List.of(" ")).build())
                .isInstanceOf(CoprValidationException.class);
    }

    @Test
    void builderCopiesListsSoLaterChangesDoNotLeakIn() {
        List<String> repos = new ArrayList<>(List.of("https://a/"));
        ProjectOptions.Builder builder = ProjectOptions.builder().additionalRepos(repos);
        repos.add("https://b/");

        assertThat(builder.build().additionalRepos()).containsExactly("https://a/");
    }

    @Test
    void noneSetsNothing() {
        NewProjectOptions none = NewProjectOptions.none();

        assertThat(none).isEqualTo(NewProjectOptions.builder().build()).hasToString("NewProjectOptions[]");
    }

    @Test
    void editOptionsOfferNoSettingOnlyANewProjectTakes() {
        assertThat(setters(ProjectOptions.Builder.class)).contains("chroots", "description")
                .doesNotContain("persistent", "storage", "existOk");
        assertThat(setters(NewProjectOptions.Builder.class)).contains("persistent", "storage", "existOk", "description")
                .doesNotContain("chroots");
    }

    @Test
    void sameSettingsForAddAndEditAreStillDifferentValues() {
        ProjectOptions edit = ProjectOptions.builder().description("Nightly").build();
        NewProjectOptions add = NewProjectOptions.builder().description("Nightly").build();

        assertThat(edit).isNotEqualTo(add).hasToString("ProjectOptions[description=Nightly]");
        assertThat(add).hasToString("NewProjectOptions[description=Nightly]");
        assertThat(edit.toBuilder().build()).isEqualTo(edit).hasSameHashCodeAs(edit);
    }

    @Test
    void toStringShowsTheSetSettingsInDeclarationOrder() {
        NewProjectOptions options = NewProjectOptions.builder().storage(Storage.PULP).enableNet(true)
                .description("Nightly").build();

        assertThat(options).hasToString("NewProjectOptions[description=Nightly, enableNet=true, storage=PULP]");
    }

    private static List<String> setters(Class<?> builder) {
        return Arrays.stream(builder.getMethods())
                .filter(method -> AbstractProjectOptions.Builder.class.isAssignableFrom(method.getReturnType()))
                .map(Method::getName).toList();
    }
}
