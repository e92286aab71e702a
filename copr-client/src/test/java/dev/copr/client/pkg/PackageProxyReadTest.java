package dev.copr.client.pkg;

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
import dev.copr.client.build.BuildState;
import dev.copr.client.exception.CoprNoResultException;
import dev.copr.client.exception.CoprRequestException;
import dev.copr.client.exception.CoprValidationException;
import dev.copr.client.page.Page;
import dev.copr.client.page.Pagination;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PackageProxyReadTest {

    @RegisterExtension
    static final CoprWireMock copr = CoprWireMock.create();

    private final PackageProxy packages = copr.client().packages();

    @Test
    void getSendsNoFlagsByDefaultAndMapsThePackage() {
        copr.stubFor(get(urlPathEqualTo("/api_3/package")).willReturn(okJson(ApiSamples.PACKAGE)));

        Package pkg = packages.get("@copr", "copr-dev", "copr-cli");

        copr.verify(getRequestedFor(urlEqualTo("/api_3/package?ownername=%40copr&projectname=copr-dev&packagename=copr-cli"))
                .withHeader("Authorization", absent()));
        assertThat(pkg.id()).isEqualTo(56);
        assertThat(pkg.name()).isEqualTo("copr-cli");
        assertThat(pkg.ownername()).isEqualTo("@copr");
        assertThat(pkg.projectname()).isEqualTo("copr-dev");
        assertThat(pkg.sourceType()).isEqualTo("scm");
        assertThat(pkg.sourceDict()).containsEntry("clone_url", "https://github.com/fedora-copr/copr.git")
                .containsEntry("source_build_method", "tito").containsEntry("type", "git");
        assertThat(pkg.autoRebuild()).isTrue();
        assertThat(pkg.builds().latest()).isNull();
        assertThat(pkg.builds().latestSucceeded()).isNull();
    }

    @Test
    void getSendsOnlyTheDetailsAskedForBecauseCoprTakesAnyValueAsTrue() {
        copr.stubFor(get(urlPathEqualTo("/api_3/package")).willReturn(okJson(ApiSamples.PACKAGE.replace(
                "\"latest\": null", "\"latest\": " + ApiSamples.build(900)))));

        Package pkg = packages.get("@copr", "copr-dev", "copr-cli", PackageDetail.WITH_LATEST_BUILD);

        copr.verify(getRequestedFor(urlEqualTo("/api_3/package?ownername=%40copr&projectname=copr-dev"
                + "&packagename=copr-cli&with_latest_build=True")));
        assertThat(pkg.builds().latest().id()).isEqualTo(900);
        assertThat(pkg.builds().latest().state()).isEqualTo(BuildState.IMPORTING);
        assertThat(pkg.builds().latestSucceeded()).isNull();
    }

    @Test
    void getAsksForTheLatestSucceededBuild() {
        copr.stubFor(get(urlPathEqualTo("/api_3/package")).willReturn(okJson(ApiSamples.PACKAGE.replace(
                "\"latest_succeeded\": null", "\"latest_succeeded\": " + ApiSamples.build(899)))));

        Package pkg = packages.get("@copr", "copr-dev", "copr-cli", PackageDetail.WITH_LATEST_SUCCEEDED_BUILD);

        copr.verify(getRequestedFor(urlEqualTo("/api_3/package?ownername=%40copr&projectname=copr-dev"
                + "&packagename=copr-cli&with_latest_succeeded_build=True")));
        assertThat(pkg.builds().latestSucceeded().id()).isEqualTo(899);
    }

    @Test
    void getPassesCoprsNotFoundThrough() {
        copr.stubFor(get(urlPathEqualTo("/api_3/package")).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\": \"No package with name nope in copr copr-dev\"}")));

        assertThatThrownBy(() -> packages.get("@copr", "copr-dev", "nope"))
                .isInstanceOf(CoprNoResultException.class)
                .hasMessageEndingWith("No package with name nope in copr copr-dev");
    }

    @Test
    void getListSendsDetailsAndPagination() {
        copr.stubFor(get(urlPathEqualTo("/api_3/package/list")).willReturn(okJson(ApiSamples.list(
                "{\"limit\": 1, \"offset\": 0, \"order\": \"name\", \"order_type\": \"ASC\"}", ApiSamples.PACKAGE))));

        Page<Package> page = packages.getList("@copr", "copr-dev",
                Pagination.builder().limit(1).order("name").orderType(dev.copr.client.page.OrderType.ASC).build(),
                PackageDetail.WITH_LATEST_BUILD, PackageDetail.WITH_LATEST_SUCCEEDED_BUILD);

        copr.verify(getRequestedFor(urlEqualTo("/api_3/package/list?ownername=%40copr&projectname=copr-dev"
                + "&with_latest_build=True&with_latest_succeeded_build=True&limit=1&order=name&order_type=ASC"))
                .withHeader("Authorization", absent()));
        assertThat(page.items()).extracting(Package::name).containsExactly("copr-cli");
        assertThat(page.hasNext()).isTrue();
    }

    @Test
    void getListWithoutOptionsSendsOnlyTheProject() {
        copr.stubFor(get(urlPathEqualTo("/api_3/package/list")).willReturn(okJson(ApiSamples.list(
                "{\"limit\": null, \"offset\": 0, \"order\": \"id\", \"order_type\": \"ASC\"}"))));

        Page<Package> page = packages.getList("jdoe", "foo");

        copr.verify(getRequestedFor(urlEqualTo("/api_3/package/list?ownername=jdoe&projectname=foo")));
        assertThat(page.items()).isEmpty();
    }

    @Test
    void getListPassesTooManyPackagesThrough() {
        copr.stubFor(get(urlPathEqualTo("/api_3/package/list")).willReturn(aResponse().withStatus(413)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\": \"Too many packages, please use pagination. Requests are limited to only 10000 packages at once.\"}")));

        assertThatThrownBy(() -> packages.getList("jdoe", "huge"))
                .isInstanceOf(CoprRequestException.class)
                .hasMessageContaining("Too many packages, please use pagination.");
    }

    @Test
    void readCallsRefuseBadArgumentsBeforeAnyRequest() {
        assertThatThrownBy(() -> packages.get("jdoe", "foo", null))
                .isInstanceOf(CoprValidationException.class).hasMessage("packagename must not be null");
        assertThatThrownBy(() -> packages.get("jdoe", "foo/bar", "x"))
                .isInstanceOf(CoprValidationException.class).hasMessageStartingWith("projectname 'foo/bar'");
        assertThatThrownBy(() -> packages.getList("", "foo"))
                .isInstanceOf(CoprValidationException.class).hasMessage("ownername must not be blank");
        assertThat(copr.getAllServeEvents()).isEmpty();
    }
}
