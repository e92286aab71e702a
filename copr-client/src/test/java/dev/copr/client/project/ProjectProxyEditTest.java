package dev.copr.client.project;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.copr.client.CoprWireMock;
import dev.copr.client.exception.CoprRequestException;
import dev.copr.client.exception.CoprValidationException;
import dev.copr.client.mock.Bootstrap;
import dev.copr.client.mock.Isolation;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ProjectProxyEditTest {

    private static final String EDIT_PATH = "/api_3/project/edit/jdoe/hello";

    @RegisterExtension
    static final CoprWireMock copr = CoprWireMock.create();

    private final ProjectProxy projects = copr.client().projects();

    @Test
    void editSendsOnlyTheSetSettingsWithAdditionalReposAsRepos() {
        copr.stubFor(put(EDIT_PATH).willReturn(okJson(ProjectFixtures.PROJECT_JSON)));
        ProjectOptions settings = ProjectOptions.builder()
                .chroots(List.of("fedora-rawhide-x86_64", "epel-9-aarch64"))
                .additionalRepos(List.of("copr://@python/python3.13", "https://example.org/repo/$releasever/"))
                .unlistedOnHp(true).bootstrap(Bootstrap.IMAGE).isolation(Isolation.NSPAWN).repoPriority(42)
                .neverDelete().build();

        Project project = projects.edit("jdoe", "hello", settings);

        copr.verify(putRequestedFor(urlEqualTo(EDIT_PATH))
                .withBasicAuth(ProjectFixtures.credentials())
                .withRequestBody(equalToJson("""
                        {"chroots": ["fedora-rawhide-x86_64", "epel-9-aarch64"],
                         "repos": ["copr://@python/python3.13", "https://example.org/repo/$releasever/"],
                         "unlisted_on_hp": true, "bootstrap": "image", "isolation": "nspawn",
                         "repo_priority": 42, "delete_after_days": -1}
                        """)));
        assertThat(project.repoPriority()).isEqualTo(42);
        assertThat(project.unlistedOnHp()).isTrue();
    }

    @Test
    void editWithAnEmptyRepoListSendsItToClearTheRepos() {
        copr.stubFor(put(EDIT_PATH).willReturn(okJson(ProjectFixtures.PROJECT_JSON)));

        projects.edit("jdoe", "hello", ProjectOptions.builder().additionalRepos(List.of()).autoPrune(false).build());

        copr.verify(putRequestedFor(urlEqualTo(EDIT_PATH))
                .withRequestBody(equalToJson("{\"repos\": [], \"auto_prune\": false}")));
    }

    @Test
    void editWithoutSettingsSendsAnEmptyObject() {
        copr.stubFor(put(EDIT_PATH).willReturn(okJson(ProjectFixtures.PROJECT_JSON)));

        projects.edit("jdoe", "hello", ProjectOptions.builder().build());

        copr.verify(putRequestedFor(urlEqualTo(EDIT_PATH)).withRequestBody(equalToJson("{}")));
    }

    @Test
    void editPassesCoprsConflictTextThrough() {
        copr.stubFor(put(EDIT_PATH).willReturn(aResponse().withStatus(409)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\": \"Can't drop chroot from project, related build 8123 is still in progress\"}")));

        assertThatThrownBy(() -> projects.edit("jdoe", "hello",
                ProjectOptions.builder().chroots(List.of("fedora-rawhide-x86_64")).build()))
                .isExactlyInstanceOf(CoprRequestException.class)
                .hasMessage("Copr answered HTTP 409 to PUT /api_3/project/edit/jdoe/hello:"
                        + " Can't drop chroot from project, related build 8123 is still in progress");
    }

    @Test
    void editRefusesAnEmptyChrootSetAndNullSettingsBeforeAnyRequest() {
        assertThatThrownBy(() -> projects.edit("jdoe", "hello", ProjectOptions.builder().chroots(List.of()).build()))
                .isInstanceOf(CoprValidationException.class).hasMessageStartingWith("chroots must name at least one");
        assertThatThrownBy(() -> projects.edit("jdoe", "hello", null))
                .isInstanceOf(CoprValidationException.class).hasMessage("options must not be null");
        assertThat(copr.getAllServeEvents()).isEmpty();
    }
}
