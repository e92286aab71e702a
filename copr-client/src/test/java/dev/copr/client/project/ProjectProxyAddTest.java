package dev.copr.client.project;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.copr.client.CoprWireMock;
import dev.copr.client.exception.CoprAuthException;
import dev.copr.client.exception.CoprException;
import dev.copr.client.exception.CoprRequestException;
import dev.copr.client.exception.CoprValidationException;
import dev.copr.client.mock.Bootstrap;
import dev.copr.client.mock.Isolation;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ProjectProxyAddTest {

    @RegisterExtension
    static final CoprWireMock copr = CoprWireMock.create();

    private final ProjectProxy projects = copr.client().projects();

    @Test
    void addWithoutSettingsSendsOnlyNameAndChrootsSoCoprAppliesItsDefaults() {
        copr.stubFor(post(urlPathEqualTo("/api_3/project/add/jdoe")).willReturn(okJson(ProjectFixtures.PROJECT_JSON)));

        Project project = projects.add("jdoe", "hello", List.of("fedora-rawhide-x86_64", "epel-9-aarch64"));

        copr.verify(postRequestedFor(urlEqualTo("/api_3/project/add/jdoe"))
                .withBasicAuth(ProjectFixtures.credentials())
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("""
                        {"name": "hello", "chroots": ["fedora-rawhide-x86_64", "epel-9-aarch64"]}
                        """)));
        assertThat(project.fullName()).isEqualTo("jdoe/hello");
        assertThat(project.chrootRepos()).containsKeys("fedora-rawhide-x86_64", "epel-9-aarch64");
    }

    @Test
    void addSendsEverySettingUnderPythonCoprsKeys() {
        copr.stubFor(post(urlPathEqualTo("/api_3/project/add/%40copr")).willReturn(okJson(ProjectFixtures.PROJECT_JSON)));
        NewProjectOptions settings = NewProjectOptions.builder()
                .description("Hello world packages").instructions("dnf copr enable @copr/hello")
                .homepage("https://github.com/jdoe/hello").contact("jdoe@example.com")
                .additionalRepos(List.of("copr://@python/python3.13")).unlistedOnHp(true).enableNet(true)
                .persistent(false).autoPrune(true).develMode(true).deleteAfter(Duration.ofDays(30))
                .multilib(true).moduleHotfixes(true).bootstrap(Bootstrap.IMAGE).bootstrapImage("fedora:rawhide")
                .isolation(Isolation.SIMPLE).followFedoraBranching(false).fedoraReview(true).appstream(true)
                .runtimeDependencies(List.of("https://example.org/deps/"))
                .packitForgeProjectsAllowed(List.of("github.com/jdoe/hello")).repoPriority(42)
                .storage(Storage.PULP).build();

        projects.add("@copr", "hello", List.of("fedora-rawhide-x86_64"), settings);

        copr.verify(postRequestedFor(urlEqualTo("/api_3/project/add/%40copr"))
                .withBasicAuth(ProjectFixtures.credentials())
                .withRequestBody(equalToJson("""
                        {"name": "hello", "chroots": ["fedora-rawhide-x86_64"],
                         "description": "Hello world packages", "instructions": "dnf copr enable @copr/hello",
                         "homepage": "https://github.com/jdoe/hello", "contact": "jdoe@example.com",
                         "additional_repos": ["copr://@python/python3.13"], "unlisted_on_hp": true,
                         "enable_net": true, "persistent": false, "auto_prune": true, "devel_mode": true,
                         "delete_after_days": 30, "multilib": true, "module_hotfixes": true,
                         "bootstrap": "image", "bootstrap_image": "fedora:rawhide", "isolation": "simple",
                         "follow_fedora_branching": false, "fedora_review": true, "appstream": true,
                         "runtime_dependencies": ["https://example.org/deps/"],
                         "packit_forge_projects_allowed": ["github.com/jdoe/hello"], "repo_priority": 42,
                         "storage": "pulp"}
                        """, false, false)));
    }

    @Test
    void addWithExistOkPutsItIntoTheQueryAsPythonsTrue() {
        copr.stubFor(post(urlPathEqualTo("/api_3/project/add/jdoe")).willReturn(okJson(ProjectFixtures.PROJECT_JSON)));

        Project existing = projects.add("jdoe", "hello", List.of("fedora-rawhide-x86_64"),
                NewProjectOptions.builder().existOk(true).build());

        copr.verify(postRequestedFor(urlEqualTo("/api_3/project/add/jdoe?exist_ok=True"))
                .withRequestBody(equalToJson("{\"name\": \"hello\", \"chroots\": [\"fedora-rawhide-x86_64\"]}")));
        assertThat(existing.id()).isEqualTo(4242);
    }

    @Test
    void addPassesCoprsFormErrorsThrough() {
        copr.stubFor(post(urlPathEqualTo("/api_3/project/add/jdoe")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\": \"name: You already have a project named 'hello'.\"}")));

        assertThatThrownBy(() -> projects.add("jdoe", "hello", List.of("fedora-rawhide-x86_64")))
                .isExactlyInstanceOf(CoprRequestException.class)
                .extracting(e -> ((CoprException) e).getCoprError())
                .isEqualTo("name: You already have a project named 'hello'.");
    }

    @Test
    void addOfAnAdminOnlySettingPassesCoprsRefusalThrough() {
        copr.stubFor(post(urlPathEqualTo("/api_3/project/add/jdoe")).willReturn(aResponse().withStatus(403)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\": \"Non-admin cannot create persistent project.\"}")));

        assertThatThrownBy(() -> projects.add("jdoe", "hello", List.of("fedora-rawhide-x86_64"),
                NewProjectOptions.builder().persistent(true).build()))
                .isInstanceOf(CoprAuthException.class)
                .hasMessageEndingWith(": Non-admin cannot create persistent project.");
    }

    @Test
    void addRefusesMissingChrootsBeforeAnyRequest() {
        assertThatThrownBy(() -> projects.add("jdoe", "hello", List.of()))
                .isInstanceOf(CoprValidationException.class).hasMessageStartingWith("chroots must name at least one");
        assertThatThrownBy(() -> projects.add("jdoe", "hello", null))
                .isInstanceOf(CoprValidationException.class);
        assertThatThrownBy(() -> projects.add("jdoe", "hello", List.of("fedora rawhide")))
                .isInstanceOf(CoprValidationException.class).hasMessageContaining("chroots 'fedora rawhide'");
        assertThat(copr.getAllServeEvents()).isEmpty();
    }

    @Test
    void addWithoutCredentialsFailsBeforeAnyRequest() {
        ProjectProxy anonymous = copr.anonymousClient().projects();

        assertThatThrownBy(() -> anonymous.add("jdoe", "hello", List.of("fedora-rawhide-x86_64")))
                .isInstanceOf(CoprAuthException.class).hasMessageContaining("project.add needs API credentials");
        assertThat(copr.getAllServeEvents()).isEmpty();
    }
}
