package dev.copr.client.chroot;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.copr.client.CoprWireMock;
import dev.copr.client.build.BuildState;
import dev.copr.client.build.BuiltPackage;
import dev.copr.client.exception.CoprNoResultException;
import dev.copr.client.exception.CoprRequestException;
import dev.copr.client.exception.CoprValidationException;
import dev.copr.client.page.OrderType;
import dev.copr.client.page.Page;
import dev.copr.client.page.Pagination;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class BuildChrootProxyTest {

    @RegisterExtension
    static final CoprWireMock copr = CoprWireMock.create();

    private final BuildChrootProxy buildChroots = copr.client().buildChroots();

    @Test
    void getSendsAnonymousQueryAndMapsTheBuildChroot() {
        copr.stubFor(get(urlPathEqualTo("/api_3/build-chroot")).willReturn(okJson("""
                {"name": "fedora-rawhide-x86_64", "state": "succeeded", "started_on": 1700000100,
                 "ended_on": 1700000900,
                 "result_url": "https://download.copr.fedorainfracloud.org/results/@copr/copr-dev/fedora-rawhide-x86_64/06789012-copr-cli/"}
                """)));

        BuildChroot chroot = buildChroots.get(6789012, "fedora-rawhide-x86_64");

        copr.verify(getRequestedFor(urlEqualTo("/api_3/build-chroot?build_id=6789012&chrootname=fedora-rawhide-x86_64"))
                .withHeader("Authorization", absent()));
        assertThat(chroot.name()).isEqualTo("fedora-rawhide-x86_64");
        assertThat(chroot.state()).isEqualTo(BuildState.SUCCEEDED);
        assertThat(chroot.startedOn()).isEqualTo(Instant.ofEpochSecond(1700000100));
        assertThat(chroot.endedOn()).isEqualTo(Instant.ofEpochSecond(1700000900));
        assertThat(chroot.resultUrl()).endsWith("/fedora-rawhide-x86_64/06789012-copr-cli/");
        assertThat(chroot.extra()).isEmpty();
    }

    @Test
    void getListSendsBuildIdAndPaginationAndMapsThePage() {
        copr.stubFor(get(urlPathEqualTo("/api_3/build-chroot/list")).willReturn(okJson("""
                {"items": [
                   {"ended_on": null, "name": "fedora-17-x86_64", "started_on": null, "state": "waiting",
                    "result_url": "http://copr-be-dev.cloud.fedoraproject.org/results/user2/foocopr/fedora-17-x86_64/bar/"},
                   {"ended_on": null, "name": "fedora-17-i386", "started_on": null, "state": "waiting",
                    "result_url": "http://copr-be-dev.cloud.fedoraproject.org/results/user2/foocopr/fedora-17-i386/bar/"}],
                 "meta": {"limit": 2, "offset": 0, "order": "id", "order_type": "DESC"}}
                """)));

        Page<BuildChroot> page = buildChroots.getList(3, Pagination.builder().limit(2).order("id").orderType(OrderType.DESC).build());

        copr.verify(getRequestedFor(urlEqualTo("/api_3/build-chroot/list?build_id=3&limit=2&order=id&order_type=DESC"))
                .withHeader("Authorization", absent()));
        assertThat(page.items()).extracting(BuildChroot::name).containsExactly("fedora-17-x86_64", "fedora-17-i386");
        assertThat(page.items()).extracting(BuildChroot::state).containsOnly(BuildState.WAITING);
        assertThat(page.items().get(0).startedOn()).isNull();
        assertThat(page.meta().limit()).isEqualTo(2);
        assertThat(page.hasNext()).isTrue();
    }

    @Test
    void getListWithoutPaginationSendsOnlyTheBuildId() {
        copr.stubFor(get(urlPathEqualTo("/api_3/build-chroot/list")).willReturn(okJson("""
                {"items": [], "meta": {"limit": null, "offset": 0, "order": "id", "order_type": "ASC"}}
                """)));

        Page<BuildChroot> page = buildChroots.getList(3);

        copr.verify(getRequestedFor(urlEqualTo("/api_3/build-chroot/list?build_id=3")));
        assertThat(page.items()).isEmpty();
        assertThat(page.hasNext()).isFalse();
    }

    @Test
    void getBuildConfigMapsEveryKey() {
        copr.stubFor(get(urlPathEqualTo("/api_3/build-chroot/build-config")).willReturn(okJson("""
                {"repos": [{"baseurl": "https://download.copr.fedorainfracloud.org/results/@copr/copr-dev/fedora-rawhide-x86_64/",
                            "id": "copr_base", "name": "Copr repository", "priority": null,
                            "module_hotfixes": null, "repo_gpgcheck": false}],
                 "additional_repos": ["copr://@copr/copr-dev"], "additional_packages": ["gcc"],
                 "with_opts": ["tests"], "without_opts": ["docs"], "memory_limit": 2048, "timeout": 18000,
                 "enable_net": true, "is_background": false, "bootstrap": "custom_image",
                 "bootstrap_image": "fedora:41"}
                """)));

        BuildChrootConfig config = buildChroots.getBuildConfig(6789012, "fedora-rawhide-x86_64");

        copr.verify(getRequestedFor(urlEqualTo(
                "/api_3/build-chroot/build-config?build_id=6789012&chrootname=fedora-rawhide-x86_64"))
                .withHeader("Authorization", absent()));
        assertThat(config.repos()).singleElement().satisfies(repo -> {
            assertThat(repo.id()).isEqualTo("copr_base");
            assertThat(repo.repoGpgcheck()).isFalse();
        });
        assertThat(config.additionalRepos()).containsExactly("copr://@copr/copr-dev");
        assertThat(config.additionalPackages()).containsExactly("gcc");
        assertThat(config.withOpts()).containsExactly("tests");
        assertThat(config.withoutOpts()).containsExactly("docs");
        assertThat(config.memoryLimit()).isEqualTo(2048);
        assertThat(config.timeout()).isEqualTo(Duration.ofHours(5));
        assertThat(config.enableNet()).isTrue();
        assertThat(config.background()).isFalse();
        assertThat(config.bootstrap()).isEqualTo("custom_image");
        assertThat(config.bootstrapImage()).isEqualTo("fedora:41");
    }

    @Test
    void getBuildConfigToleratesTheKeysCoprLeavesOut() {
        copr.stubFor(get(urlPathEqualTo("/api_3/build-chroot/build-config")).willReturn(okJson("""
                {"additional_repos": ["copr://jdoe/p"], "memory_limit": 2048, "timeout": 18000,
                 "enable_net": false, "is_background": true}
                """)));

        BuildChrootConfig config = buildChroots.getBuildConfig(5, "fedora-41-x86_64");

        assertThat(config.repos()).isEmpty();
        assertThat(config.additionalPackages()).isEmpty();
        assertThat(config.withOpts()).isEmpty();
        assertThat(config.bootstrap()).isNull();
        assertThat(config.bootstrapImage()).isNull();
        assertThat(config.background()).isTrue();
    }

    @Test
    void getBuiltPackagesReturnsTheNevraList() {
        copr.stubFor(get(urlPathEqualTo("/api_3/build-chroot/built-packages")).willReturn(okJson("""
                {"packages": [
                   {"name": "hello", "epoch": null, "version": "2.8", "release": "1.fc33", "arch": "x86_64"},
                   {"name": "hello", "epoch": 11, "version": "2.8", "release": "1.fc33", "arch": "src"}]}
                """)));

        List<BuiltPackage> packages = buildChroots.getBuiltPackages(1, "fedora-33-x86_64");

        copr.verify(getRequestedFor(urlEqualTo("/api_3/build-chroot/built-packages?build_id=1&chrootname=fedora-33-x86_64"))
                .withHeader("Authorization", absent()));
        assertThat(packages).hasSize(2);
        BuiltPackage rpm = packages.get(0);
        assertThat(rpm.name()).isEqualTo("hello");
        assertThat(rpm.epoch()).isNull();
        assertThat(rpm.version()).isEqualTo("2.8");
        assertThat(rpm.release()).isEqualTo("1.fc33");
        assertThat(rpm.arch()).isEqualTo("x86_64");
        assertThat(packages.get(1).epoch()).isEqualTo(11);
    }

    @Test
    void chrootNotInBuild404PassesCoprTextThrough() {
        copr.stubFor(get(urlPathEqualTo("/api_3/build-chroot")).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\": \"Build 5 was not submitted to fedora-1-x86_64 chroot.\"}")));

        assertThatThrownBy(() -> buildChroots.get(5, "fedora-1-x86_64"))
                .isInstanceOf(CoprNoResultException.class)
                .hasMessageContaining("Build 5 was not submitted to fedora-1-x86_64 chroot.");
    }

    @Test
    void badPaginationIsARequestException() {
        copr.stubFor(get(urlPathEqualTo("/api_3/build-chroot/list")).withQueryParam("order", equalTo("nonsense"))
                .willReturn(aResponse().withStatus(500).withHeader("Content-Type", "application/json")
                        .withBody("{\"error\": \"Can not order by nonsense\"}")));

        assertThatThrownBy(() -> buildChroots.getList(3, Pagination.builder().order("nonsense").build()))
                .isInstanceOf(CoprRequestException.class)
                .hasMessageContaining("Can not order by nonsense");
    }

    @Test
    void refusesBadArgumentsBeforeAnyRequest() {
        assertThatThrownBy(() -> buildChroots.get(0, "fedora-41-x86_64"))
                .isInstanceOf(CoprValidationException.class).hasMessage("buildId must be a positive id, was 0");
        assertThatThrownBy(() -> buildChroots.getList(-3, Pagination.none()))
                .isInstanceOf(CoprValidationException.class).hasMessage("buildId must be a positive id, was -3");
        assertThatThrownBy(() -> buildChroots.getBuildConfig(5, null))
                .isInstanceOf(CoprValidationException.class).hasMessage("chrootname must not be null");
        assertThatThrownBy(() -> buildChroots.getBuiltPackages(5, "fedora 41"))
                .isInstanceOf(CoprValidationException.class).hasMessageContaining("chrootname 'fedora 41'");
        assertThat(copr.getAllServeEvents()).isEmpty();
    }
}
