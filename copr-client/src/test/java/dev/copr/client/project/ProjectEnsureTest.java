package dev.copr.client.project;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;

import dev.copr.client.CoprWireMock;
import dev.copr.client.exception.CoprRequestException;
import dev.copr.client.exception.CoprValidationException;
import dev.copr.client.mock.Bootstrap;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ProjectEnsureTest {

    private static final String GET_PATH = "/api_3/project?ownername=jdoe&projectname=hello";
    private static final String ADD_PATH = "/api_3/project/add/jdoe";
    private static final String EDIT_PATH = "/api_3/project/edit/jdoe/hello";
    /** What {@link ProjectFixtures#PROJECT_JSON} has. */
    private static final List<String> CHROOTS = List.of("fedora-rawhide-x86_64", "epel-9-aarch64");

    @RegisterExtension
    static final CoprWireMock copr = CoprWireMock.create();

    private final ProjectProxy projects = copr.client().projects();

    @Test
    void createsAMissingProjectWithTheDesiredSettings() {
        copr.stubFor(get(urlPathEqualTo("/api_3/project")).willReturn(notFound()));
        copr.stubFor(post(urlPathEqualTo(ADD_PATH)).willReturn(okJson(ProjectFixtures.PROJECT_JSON)));

        ProjectChanges changes = projects.ensure("jdoe", "hello",
                DesiredProject.builder(CHROOTS).description("Hello world packages").unlistedOnHp(true).build());

        copr.verify(postRequestedFor(urlEqualTo(ADD_PATH)).withRequestBody(equalToJson("""
                {"name": "hello", "chroots": ["fedora-rawhide-x86_64", "epel-9-aarch64"],
                 "description": "Hello world packages", "unlisted_on_hp": true}
                """)));
        assertThat(changes.created()).isTrue();
        assertThat(changes.applied()).isTrue();
        assertThat(changes.changes()).containsExactly(
                new SettingChange("chroots", null, Set.of("epel-9-aarch64", "fedora-rawhide-x86_64")),
                new SettingChange("description", null, "Hello world packages"),
                new SettingChange("unlistedOnHp", null, true));
        assertThat(changes.project()).isNotNull().extracting(Project::id).isEqualTo(4242L);
        assertThat(changes).hasToString("jdoe/hello created:"
                + " chroots: (none) -> [epel-9-aarch64, fedora-rawhide-x86_64],"
                + " description: (none) -> \"Hello world packages\", unlistedOnHp: (none) -> true");
    }

    @Test
    void editsOnlyTheSettingsThatDifferAndSendsAllChrootsWhenTheyDiffer() {
        copr.stubFor(get(urlPathEqualTo("/api_3/project")).willReturn(okJson(ProjectFixtures.PROJECT_JSON)));
        copr.stubFor(put(EDIT_PATH).willReturn(okJson(ProjectFixtures.PROJECT_JSON)));
        DesiredProject desired = DesiredProject.builder("fedora-rawhide-x86_64", "epel-10-x86_64")
                .description("New text").unlistedOnHp(true).bootstrap(Bootstrap.ON).repoPriority(42).build();

        ProjectChanges changes = projects.ensure("jdoe", "hello", desired);

        copr.verify(putRequestedFor(urlEqualTo(EDIT_PATH)).withRequestBody(equalToJson("""
                {"chroots": ["fedora-rawhide-x86_64", "epel-10-x86_64"], "description": "New text", "bootstrap": "on"}
                """)));
        assertThat(changes.created()).isFalse();
        assertThat(changes.changes()).extracting(SettingChange::setting)
                .containsExactly("chroots", "description", "bootstrap");
        assertThat(changes).hasToString("jdoe/hello edited: chroots: [epel-9-aarch64, fedora-rawhide-x86_64] ->"
                + " [epel-10-x86_64, fedora-rawhide-x86_64], description: \"Hello world packages\" -> \"New text\","
                + " bootstrap: image -> on");
    }

    @Test
    void doesNothingWhenTheProjectAlreadyMatches() {
        copr.stubFor(get(urlPathEqualTo("/api_3/project")).willReturn(okJson(ProjectFixtures.PROJECT_JSON)));
        DesiredProject desired = DesiredProject.builder("epel-9-aarch64", "fedora-rawhide-x86_64")
                .homepage("https://github.com/jdoe/hello").additionalRepos(List.of("copr://@python/python3.13",
                        "https://example.org/repo/$releasever/"))
                .packitForgeProjectsAllowed(List.of("https://github.com/jdoe/hello")).storage(Storage.PULP)
                .persistent(false).repoPriority(42).build();

        ProjectChanges changes = projects.ensure("jdoe", "hello", desired);

        copr.verify(1, anyRequestedFor(anyUrl()));
        assertThat(changes.differs()).isFalse();
        assertThat(changes).hasToString("jdoe/hello unchanged");
    }

    @Test
    void diffOnlyReadsAndListsWhatEnsureWouldChange() {
        copr.stubFor(get(urlPathEqualTo("/api_3/project")).willReturn(okJson(ProjectFixtures.PROJECT_JSON)));

        ProjectChanges diff = projects.diff("jdoe", "hello",
                DesiredProject.builder(CHROOTS).enableNet(true).persistent(true).build());

        copr.verify(1, anyRequestedFor(anyUrl()));
        assertThat(diff.applied()).isFalse();
        assertThat(diff.changes()).containsExactly(new SettingChange("enableNet", false, true));
        assertThat(diff.conflicts()).containsExactly(new SettingChange("persistent", false, true));
        assertThat(diff).hasToString("jdoe/hello would be edited: enableNet: false -> true;"
                + " conflicts with settings Copr takes only at creation: persistent: false -> true");
    }

    @Test
    void diffOfAMissingProjectIsItsCreation() {
        copr.stubFor(get(urlPathEqualTo("/api_3/project")).willReturn(notFound()));

        ProjectChanges diff = projects.diff("jdoe", "hello", DesiredProject.builder("fedora-rawhide-x86_64").build());

        copr.verify(1, anyRequestedFor(anyUrl()));
        assertThat(diff.project()).isNull();
        assertThat(diff).hasToString("jdoe/hello would be created: chroots: (none) -> [fedora-rawhide-x86_64]");
    }

    @Test
    void readsAgainAndEditsWhenSomeoneElseCreatedTheProjectFirst() {
        copr.stubFor(get(urlPathEqualTo("/api_3/project")).inScenario("race").whenScenarioStateIs(STARTED)
                .willReturn(notFound()));
        copr.stubFor(post(urlPathEqualTo(ADD_PATH)).inScenario("race").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                        .withBody("{\"error\": \"name: You already have a project named 'hello'.\"}"))
                .willSetStateTo("created"));
        copr.stubFor(get(urlPathEqualTo("/api_3/project")).inScenario("race").whenScenarioStateIs("created")
                .willReturn(okJson(ProjectFixtures.PROJECT_JSON)));
        copr.stubFor(put(EDIT_PATH).willReturn(okJson(ProjectFixtures.PROJECT_JSON)));

        ProjectChanges changes = projects.ensure("jdoe", "hello",
                DesiredProject.builder(CHROOTS).description("Mine").build());

        copr.verify(2, getRequestedFor(urlEqualTo(GET_PATH)));
        copr.verify(putRequestedFor(urlEqualTo(EDIT_PATH)).withRequestBody(equalToJson("{\"description\": \"Mine\"}")));
        assertThat(changes.created()).isFalse();
        assertThat(changes.changes()).containsExactly(new SettingChange("description", "Hello world packages", "Mine"));
    }

    @Test
    void anAddErrorIsThrownWhenTheProjectStillDoesNotExist() {
        copr.stubFor(get(urlPathEqualTo("/api_3/project")).willReturn(notFound()));
        copr.stubFor(post(urlPathEqualTo(ADD_PATH)).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\": \"chroots: 'fedora-7-x86_64' is not a valid choice for this field.\"}")));

        assertThatThrownBy(() -> projects.ensure("jdoe", "hello", DesiredProject.builder("fedora-7-x86_64").build()))
                .isInstanceOfSatisfying(CoprRequestException.class, e -> assertThat(e.getCoprError())
                        .isEqualTo("chroots: 'fedora-7-x86_64' is not a valid choice for this field."));
        copr.verify(2, getRequestedFor(urlEqualTo(GET_PATH)));
    }

    @Test
    void aDifferingCreationOnlySettingIsAConflictAndNothingChanges() {
        copr.stubFor(get(urlPathEqualTo("/api_3/project")).willReturn(okJson(ProjectFixtures.PROJECT_JSON)));

        assertThatThrownBy(() -> projects.ensure("jdoe", "hello",
                DesiredProject.builder(CHROOTS).description("New").storage(Storage.BACKEND).build()))
                .isInstanceOfSatisfying(ProjectConflictException.class, e -> {
                    assertThat(e.getDiff().conflicts()).containsExactly(
                            new SettingChange("storage", Storage.PULP, Storage.BACKEND));
                    assertThat(e.getDiff().changes()).containsExactly(
                            new SettingChange("description", "Hello world packages", "New"));
                    assertThat(e).hasMessage("jdoe/hello has settings Copr takes only when it creates a project,"
                            + " and they differ: storage: pulp -> backend. Nothing was changed: unset them, set them"
                            + " to the project's values, or delete and re-create the project");
                });
        copr.verify(1, anyRequestedFor(anyUrl()));
    }

    @Test
    void anEmptyChrootListIsRefusedBeforeAnyRequest() {
        assertThatThrownBy(() -> DesiredProject.builder(List.of()).build())
                .isInstanceOf(CoprValidationException.class)
                .hasMessageStartingWith("DesiredProject chroots must name at least one chroot");
    }

    @Test
    void anOutOfRangeSettingIsRefusedWhenBuilt() {
        assertThatThrownBy(() -> DesiredProject.builder("fedora-rawhide-x86_64").repoPriority(0).build())
                .isInstanceOf(CoprValidationException.class)
                .hasMessage("NewProjectOptions repoPriority must be at least 1, was 0");
    }

    private static ResponseDefinitionBuilder notFound() {
        return aResponse().withStatus(404).withHeader("Content-Type", "application/json")
                .withBody("{\"error\": \"Project jdoe/hello does not exist.\"}");
    }
}
