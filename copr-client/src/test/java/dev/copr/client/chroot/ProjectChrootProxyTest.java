package dev.copr.client.chroot;

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
import dev.copr.client.exception.CoprValidationException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ProjectChrootProxyTest {

    @RegisterExtension
    static final CoprWireMock copr = CoprWireMock.create();

    private final ProjectChrootProxy chroots = copr.client().projectChroots();

    @Test
    void getSendsAnonymousQueryAndMapsTheChrootSettings() {
        copr.stubFor(get(urlPathEqualTo("/api_3/project-chroot")).willReturn(okJson("""
                {"mock_chroot": "fedora-rawhide-x86_64", "projectname": "copr-dev", "ownername": "@copr",
                 "comps_name": "comps.xml", "additional_repos": ["https://example.org/repo/"],
                 "additional_packages": ["gcc", "make"], "additional_modules": ["!aaa:devel", "blah:11"],
                 "with_opts": ["tests"], "without_opts": ["docs"], "delete_after_days": 30,
                 "isolation": "nspawn", "new_field": 1}
                """)));

        ProjectChroot chroot = chroots.get("@copr", "copr-dev", "fedora-rawhide-x86_64");

        copr.verify(getRequestedFor(urlEqualTo(
                "/api_3/project-chroot?ownername=%40copr&projectname=copr-dev&chrootname=fedora-rawhide-x86_64"))
                .withHeader("Authorization", absent()));
        assertThat(chroot.mockChroot()).isEqualTo("fedora-rawhide-x86_64");
        assertThat(chroot.ownername()).isEqualTo("@copr");
        assertThat(chroot.projectname()).isEqualTo("copr-dev");
        assertThat(chroot.compsName()).isEqualTo("comps.xml");
        assertThat(chroot.deleteAfterDays()).isEqualTo(30);
        assertThat(chroot.additionalRepos()).containsExactly("https://example.org/repo/");
        assertThat(chroot.additionalPackages()).containsExactly("gcc", "make");
        assertThat(chroot.additionalModules()).containsExactly("!aaa:devel", "blah:11");
        assertThat(chroot.withOpts()).containsExactly("tests");
        assertThat(chroot.withoutOpts()).containsExactly("docs");
        assertThat(chroot.isolation()).isEqualTo("nspawn");
        assertThat(chroot.extra()).containsEntry("new_field", 1);
    }

    @Test
    void getOfAFreshChrootHasEmptyListsAndNulls() {
        copr.stubFor(get(urlPathEqualTo("/api_3/project-chroot")).willReturn(okJson("""
                {"mock_chroot": "fedora-41-x86_64", "projectname": "p", "ownername": "jdoe", "comps_name": null,
                 "additional_repos": [], "additional_packages": [], "additional_modules": [], "with_opts": [],
                 "without_opts": [], "delete_after_days": null, "isolation": "unchanged"}
                """)));

        ProjectChroot chroot = chroots.get("jdoe", "p", "fedora-41-x86_64");

        assertThat(chroot.compsName()).isNull();
        assertThat(chroot.deleteAfterDays()).isNull();
        assertThat(chroot.additionalPackages()).isEmpty();
        assertThat(chroot.extra()).isEmpty();
    }

    @Test
    void getBuildConfigMapsReposAndLists() {
        copr.stubFor(get(urlPathEqualTo("/api_3/project-chroot/build-config")).willReturn(okJson("""
                {"chroot": "fedora-rawhide-x86_64", "enable_net": true,
                 "repos": [{"baseurl": "https://download.copr.fedorainfracloud.org/results/@copr/copr-dev/fedora-rawhide-x86_64/",
                            "id": "copr_base", "name": "Copr repository", "priority": null, "module_hotfixes": true,
                            "repo_gpgcheck": false},
                           {"baseurl": "https://example.org/repo/", "id": "https_example_org_repo",
                            "name": "Additional repo https_example_org_repo", "priority": 42, "module_hotfixes": null,
                            "repo_gpgcheck": null}],
                 "additional_repos": ["copr://@copr/copr-dev", "https://example.org/repo/"],
                 "additional_packages": ["gcc"], "additional_modules": ["nodejs:20"], "with_opts": ["tests"],
                 "without_opts": [], "isolation": "default"}
                """)));

        ProjectChrootBuildConfig config = chroots.getBuildConfig("@copr", "copr-dev", "fedora-rawhide-x86_64");

        copr.verify(getRequestedFor(urlEqualTo("/api_3/project-chroot/build-config"
                + "?ownername=%40copr&projectname=copr-dev&chrootname=fedora-rawhide-x86_64"))
                .withHeader("Authorization", absent()));
        assertThat(config.chroot()).isEqualTo("fedora-rawhide-x86_64");
        assertThat(config.enableNet()).isTrue();
        assertThat(config.repos()).hasSize(2);
        Repo base = config.repos().get(0);
        assertThat(base.id()).isEqualTo("copr_base");
        assertThat(base.name()).isEqualTo("Copr repository");
        assertThat(base.baseurl()).endsWith("/results/@copr/copr-dev/fedora-rawhide-x86_64/");
        assertThat(base.priority()).isNull();
        assertThat(base.moduleHotfixes()).isTrue();
        assertThat(base.repoGpgcheck()).isFalse();
        assertThat(config.repos().get(1).priority()).isEqualTo(42);
        assertThat(config.repos().get(1).repoGpgcheck()).isNull();
        assertThat(config.additionalRepos()).containsExactly("copr://@copr/copr-dev", "https://example.org/repo/");
        assertThat(config.additionalPackages()).containsExactly("gcc");
        assertThat(config.additionalModules()).containsExactly("nodejs:20");
        assertThat(config.withOpts()).containsExactly("tests");
        assertThat(config.withoutOpts()).isEmpty();
        assertThat(config.isolation()).isEqualTo("default");
    }

    @Test
    void unknownChroot404PassesCoprTextThrough() {
        copr.stubFor(get(urlPathEqualTo("/api_3/project-chroot")).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\": \"Chroot fedora-1-x86_64 does not exist in jdoe/p\"}")));

        assertThatThrownBy(() -> chroots.get("jdoe", "p", "fedora-1-x86_64"))
                .isInstanceOf(CoprNoResultException.class)
                .hasMessageContaining("Chroot fedora-1-x86_64 does not exist in jdoe/p");
    }

    @Test
    void refusesBadNamesBeforeAnyRequest() {
        assertThatThrownBy(() -> chroots.get("jdoe", "p", " "))
                .isInstanceOf(CoprValidationException.class).hasMessage("chrootname must not be blank");
        assertThatThrownBy(() -> chroots.getBuildConfig(null, "p", "fedora-41-x86_64"))
                .isInstanceOf(CoprValidationException.class).hasMessage("ownername must not be null");
        assertThatThrownBy(() -> chroots.getBuildConfig("jdoe", "a/b", "fedora-41-x86_64"))
                .isInstanceOf(CoprValidationException.class).hasMessageContaining("projectname 'a/b'");
        assertThat(copr.getAllServeEvents()).isEmpty();
    }
}
