package dev.copr.client.project;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.copr.client.CoprWireMock;
import dev.copr.client.exception.CoprNoResultException;
import dev.copr.client.exception.CoprRequestException;
import dev.copr.client.exception.CoprValidationException;
import dev.copr.client.mock.Bootstrap;
import dev.copr.client.mock.Isolation;
import dev.copr.client.page.OrderType;
import dev.copr.client.page.Page;
import dev.copr.client.page.Pagination;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ProjectProxyReadTest {

    @RegisterExtension
    static final CoprWireMock copr = CoprWireMock.create();

    private final ProjectProxy projects = copr.client().projects();

    @Test
    void getAsksAnonymouslyByOwnerAndNameAndMapsEveryField() {
        copr.stubFor(get(urlPathEqualTo("/api_3/project")).willReturn(okJson(ProjectFixtures.PROJECT_JSON)));

        Project project = projects.get("jdoe", "hello");

        copr.verify(getRequestedFor(urlEqualTo("/api_3/project?ownername=jdoe&projectname=hello"))
                .withHeader("Authorization", absent()));
        assertThat(project.id()).isEqualTo(4242);
        assertThat(project.name()).isEqualTo("hello");
        assertThat(project.ownername()).isEqualTo("jdoe");
        assertThat(project.fullName()).isEqualTo("jdoe/hello");
        assertThat(project.homepage()).isEqualTo("https://github.com/jdoe/hello");
        assertThat(project.contact()).isEqualTo("jdoe@example.com");
        assertThat(project.description()).isEqualTo("Hello world packages");
        assertThat(project.instructions()).isEqualTo("dnf copr enable jdoe/hello");
        assertThat(project.develMode()).isFalse();
        assertThat(project.persistent()).isFalse();
        assertThat(project.unlistedOnHp()).isTrue();
        assertThat(project.autoPrune()).isTrue();
        assertThat(project.enableNet()).isFalse();
        assertThat(project.moduleHotfixes()).isFalse();
        assertThat(project.appstream()).isFalse();
        assertThat(project.followFedoraBranching()).isTrue();
        assertThat(project.bootstrap()).isEqualTo(Bootstrap.IMAGE);
        assertThat(project.isolation()).isEqualTo(Isolation.NSPAWN);
        assertThat(project.additionalRepos())
                .containsExactly("copr://@python/python3.13", "https://example.org/repo/$releasever/");
        assertThat(project.packitForgeProjectsAllowed()).containsExactly("github.com/jdoe/hello");
        assertThat(project.repoPriority()).isEqualTo(42);
        assertThat(project.storage()).isEqualTo(Storage.PULP);
        assertThat(project.chrootRepos()).containsExactly(
                Map.entry("fedora-rawhide-x86_64",
                        "https://download.copr.fedorainfracloud.org/results/jdoe/hello/fedora-rawhide-x86_64/"),
                Map.entry("epel-9-aarch64",
                        "https://download.copr.fedorainfracloud.org/results/jdoe/hello/epel-9-aarch64/"));
        assertThat(project.extra()).containsEntry("pulp_labels", Map.of("team", "x"));
    }

    @Test
    void getToleratesNullsAndValuesANewerCoprAdds() {
        copr.stubFor(get(urlPathEqualTo("/api_3/project")).willReturn(okJson("""
                {"id": 1, "name": "p", "ownername": "@copr", "full_name": "@copr/p", "homepage": null,
                 "contact": null, "repo_priority": null, "chroot_repos": {}, "additional_repos": [],
                 "bootstrap": "teleport", "isolation": "vm", "storage": "s3"}
                """)));

        Project project = projects.get("@copr", "p");

        copr.verify(getRequestedFor(urlEqualTo("/api_3/project?ownername=%40copr&projectname=p")));
        assertThat(project.homepage()).isNull();
        assertThat(project.repoPriority()).isNull();
        assertThat(project.chrootRepos()).isEmpty();
        assertThat(project.packitForgeProjectsAllowed()).isEmpty();
        assertThat(project.bootstrap()).isEqualTo(Bootstrap.UNKNOWN);
        assertThat(project.isolation()).isEqualTo(Isolation.UNKNOWN);
        assertThat(project.storage()).isEqualTo(Storage.UNKNOWN);
    }

    @Test
    void getPassesCoprsNotFoundTextThrough() {
        copr.stubFor(get(urlPathEqualTo("/api_3/project")).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\": \"Project jdoe/nope does not exist.\"}")));

        assertThatThrownBy(() -> projects.get("jdoe", "nope"))
                .isInstanceOf(CoprNoResultException.class)
                .extracting(e -> ((CoprNoResultException) e).getCoprError())
                .isEqualTo("Project jdoe/nope does not exist.");
    }

    @Test
    void getRefusesBadNamesBeforeAnyRequest() {
        assertThatThrownBy(() -> projects.get(null, "hello"))
                .isInstanceOf(CoprValidationException.class).hasMessage("ownername must not be null");
        assertThatThrownBy(() -> projects.get("jdoe", "a/b"))
                .isInstanceOf(CoprValidationException.class).hasMessageContaining("projectname 'a/b'");
        assertThat(copr.getAllServeEvents()).isEmpty();
    }

    @Test
    void getListFiltersByOwnerWithPaginationAndFetchesTheNextPage() {
        copr.stubFor(get(urlPathEqualTo("/api_3/project/list")).willReturn(okJson("""
                {"items": [%s, %s], "meta": {"limit": 2, "offset": 0, "order": "name", "order_type": "DESC"}}
                """.formatted(ProjectFixtures.PROJECT_JSON, ProjectFixtures.PROJECT_JSON))));

        Page<Project> page = projects.getList("jdoe", Pagination.builder().limit(2).order("name").orderType(OrderType.DESC).build());

        copr.verify(getRequestedFor(urlEqualTo("/api_3/project/list?ownername=jdoe&limit=2&order=name&order_type=DESC"))
                .withHeader("Authorization", absent()));
        assertThat(page.items()).extracting(Project::fullName).containsExactly("jdoe/hello", "jdoe/hello");
        assertThat(page.meta().limit()).isEqualTo(2);
        assertThat(page.hasNext()).isTrue();

        page.next();

        copr.verify(getRequestedFor(urlEqualTo(
                "/api_3/project/list?ownername=jdoe&limit=2&offset=2&order=name&order_type=DESC")));
    }

    @Test
    void getListWithoutOwnerOrPaginationAsksForEverything() {
        copr.stubFor(get(urlPathEqualTo("/api_3/project/list")).willReturn(okJson("""
                {"items": [], "meta": {"limit": null, "offset": 0, "order": "id", "order_type": "ASC"}}
                """)));

        Page<Project> page = projects.getList(null);

        copr.verify(getRequestedFor(urlEqualTo("/api_3/project/list")));
        assertThat(page.items()).isEmpty();
        assertThat(page.hasNext()).isFalse();
    }

    @Test
    void searchSendsTheQueryEncoded() {
        copr.stubFor(get(urlPathEqualTo("/api_3/project/search")).willReturn(okJson("""
                {"items": [%s], "meta": {"limit": 10, "offset": 0, "order": "id", "order_type": "ASC"}}
                """.formatted(ProjectFixtures.PROJECT_JSON))));

        Page<Project> page = projects.search("hello world", Pagination.pagesOf(10));

        copr.verify(getRequestedFor(urlEqualTo("/api_3/project/search?query=hello%20world&limit=10"))
                .withHeader("Authorization", absent()));
        assertThat(page.items()).extracting(Project::id).isEqualTo(List.of(4242L));
    }

    @Test
    void searchPassesCoprsBadQueryTextThrough() {
        copr.stubFor(get(urlPathEqualTo("/api_3/project/search")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\": \"Search query too short\"}")));

        assertThatThrownBy(() -> projects.search("x"))
                .isInstanceOf(CoprRequestException.class)
                .hasMessageEndingWith(": Search query too short");
    }

    @Test
    void searchRefusesBlankQueryBeforeAnyRequest() {
        assertThatThrownBy(() -> projects.search(" "))
                .isInstanceOf(CoprValidationException.class).hasMessage("query must not be blank");
        assertThat(copr.getAllServeEvents()).isEmpty();
    }
}
