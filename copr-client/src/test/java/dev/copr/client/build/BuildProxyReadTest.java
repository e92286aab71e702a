package dev.copr.client.build;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.copr.client.ApiSamples;
import dev.copr.client.CoprWireMock;
import dev.copr.client.exception.CoprNoResultException;
import dev.copr.client.exception.CoprValidationException;
import dev.copr.client.page.OrderType;
import dev.copr.client.page.Page;
import dev.copr.client.page.Pagination;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class BuildProxyReadTest {

    @RegisterExtension
    static final CoprWireMock copr = CoprWireMock.create();

    private final BuildProxy builds = copr.client().builds();

    @Test
    void getListSendsFiltersAndPaginationAnonymously() {
        copr.stubFor(get(urlPathEqualTo("/api_3/build/list")).willReturn(okJson(ApiSamples.list(
                "{\"limit\": 2, \"offset\": 4, \"order\": \"id\", \"order_type\": \"DESC\"}",
                ApiSamples.build(11), ApiSamples.build(10)))));

        Page<Build> page = builds.getList("@copr", "copr-dev", BuildFilter.ofPackage("copr-cli").withStatus(BuildState.FAILED),
                Pagination.builder().limit(2).offset(4).order("id").orderType(OrderType.DESC).build());

        copr.verify(getRequestedFor(urlEqualTo("/api_3/build/list?ownername=%40copr&projectname=copr-dev"
                + "&packagename=copr-cli&status=failed&limit=2&offset=4&order=id&order_type=DESC"))
                .withHeader("Authorization", absent()));
        assertThat(page.items()).extracting(Build::id).containsExactly(11L, 10L);
        assertThat(page.meta().limit()).isEqualTo(2);
        assertThat(page.hasNext()).isTrue();
    }

    @Test
    void getListWithoutFiltersSendsOnlyTheProject() {
        copr.stubFor(get(urlPathEqualTo("/api_3/build/list")).willReturn(okJson(ApiSamples.list(
                "{\"limit\": null, \"offset\": 0, \"order\": \"id\", \"order_type\": \"ASC\"}", ApiSamples.build(1)))));

        Page<Build> page = builds.getList("jdoe", "foo");

        copr.verify(getRequestedFor(urlEqualTo("/api_3/build/list?ownername=jdoe&projectname=foo")));
        assertThat(page.items()).singleElement().extracting(Build::state).isEqualTo(BuildState.IMPORTING);
        assertThat(page.hasNext()).isFalse();
    }

    @Test
    void getListPassesCoprsErrorThrough() {
        copr.stubFor(get(urlPathEqualTo("/api_3/build/list")).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\": \"Project jdoe/nope does not exist.\"}")));

        assertThatThrownBy(() -> builds.getList("jdoe", "nope"))
                .isInstanceOf(CoprNoResultException.class)
                .hasMessageEndingWith("Project jdoe/nope does not exist.");
    }

    @Test
    void getSourceChrootMapsStateAndResultUrl() {
        copr.stubFor(get("/api_3/build/source-chroot/123").willReturn(okJson("""
                {"state": "succeeded",
                 "result_url": "https://download.copr.fedorainfracloud.org/results/@copr/copr-dev/srpm-builds/00000123"}
                """)));

        SourceChroot source = builds.getSourceChroot(123);

        copr.verify(getRequestedFor(urlEqualTo("/api_3/build/source-chroot/123")).withHeader("Authorization", absent()));
        assertThat(source.state()).isEqualTo(BuildState.SUCCEEDED);
        assertThat(source.resultUrl()).endsWith("/srpm-builds/00000123");
    }

    @Test
    void getSourceBuildConfigMapsTimeoutAsDuration() {
        copr.stubFor(get("/api_3/build/source-build-config/123").willReturn(okJson("""
                {"source_type": "scm",
                 "source_dict": {"type": "git", "clone_url": "https://github.com/fedora-copr/copr.git",
                                 "committish": "", "subdirectory": "cli", "spec": "", "srpm_build_method": "tito"},
                 "memory_limit": 2048, "timeout": 18000, "is_background": true}
                """)));

        SourceBuildConfig config = builds.getSourceBuildConfig(123);

        copr.verify(getRequestedFor(urlEqualTo("/api_3/build/source-build-config/123")));
        assertThat(config.sourceType()).isEqualTo("scm");
        assertThat(config.sourceDict()).containsEntry("clone_url", "https://github.com/fedora-copr/copr.git")
                .containsEntry("srpm_build_method", "tito");
        assertThat(config.memoryLimit()).isEqualTo(2048);
        assertThat(config.timeout()).isEqualTo(Duration.ofHours(5));
        assertThat(config.background()).isTrue();
    }

    @Test
    void getBuiltPackagesMapsNevrasPerChroot() {
        copr.stubFor(get("/api_3/build/built-packages/123").willReturn(okJson("""
                {"fedora-41-x86_64": {"packages": [
                    {"name": "hello", "epoch": 0, "version": "2.8", "release": "1.fc41", "arch": "x86_64"},
                    {"name": "hello", "epoch": 0, "version": "2.8", "release": "1.fc41", "arch": "src"}]},
                 "epel-9-x86_64": {"packages": []}}
                """)));

        BuiltPackages built = builds.getBuiltPackages(123);

        copr.verify(getRequestedFor(urlEqualTo("/api_3/build/built-packages/123")));
        assertThat(built.chroots()).containsOnlyKeys("fedora-41-x86_64", "epel-9-x86_64");
        assertThat(built.in("fedora-41-x86_64")).first().isEqualTo(
                new BuiltPackage("hello", 0, "2.8", "1.fc41", "x86_64", Map.of()));
        assertThat(built.in("epel-9-x86_64")).isEmpty();
        assertThat(built.in("fedora-rawhide-x86_64")).isEmpty();
    }

    @Test
    void getBuiltPackagesPassesCoprsErrorThrough() {
        copr.stubFor(get("/api_3/build/built-packages/9").willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\": \"Build 9 does not exist.\"}")));

        assertThatThrownBy(() -> builds.getBuiltPackages(9))
                .isInstanceOf(CoprNoResultException.class)
                .hasMessageEndingWith("Build 9 does not exist.");
    }

    @Test
    void readCallsRefuseBadArgumentsBeforeAnyRequest() {
        assertThatThrownBy(() -> builds.getSourceChroot(0)).isInstanceOf(CoprValidationException.class)
                .hasMessage("buildId must be a positive id, was 0");
        assertThatThrownBy(() -> builds.getSourceBuildConfig(-2)).isInstanceOf(CoprValidationException.class);
        assertThatThrownBy(() -> builds.getBuiltPackages(0)).isInstanceOf(CoprValidationException.class);
        assertThatThrownBy(() -> builds.getList("jdoe", " "))
                .isInstanceOf(CoprValidationException.class).hasMessage("projectname must not be blank");
        assertThatThrownBy(() -> BuildFilter.ofPackage("a b"))
                .isInstanceOf(CoprValidationException.class).hasMessageStartingWith("packagename 'a b'");
        assertThat(copr.getAllServeEvents()).isEmpty();
    }

}
