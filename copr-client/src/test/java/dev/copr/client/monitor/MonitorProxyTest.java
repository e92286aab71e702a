package dev.copr.client.monitor;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.havingExactly;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.copr.client.CoprWireMock;
import dev.copr.client.build.BuildState;
import dev.copr.client.exception.CoprNoResultException;
import dev.copr.client.exception.CoprRequestException;
import dev.copr.client.exception.CoprValidationException;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MonitorProxyTest {

    @RegisterExtension
    static final CoprWireMock copr = CoprWireMock.create();

    private final MonitorProxy monitor = copr.client().monitor();

    @Test
    void monitorSendsAdditionalFieldsAsRepeatedBracketKeyAndMapsPackages() {
        copr.stubFor(get(urlPathEqualTo("/api_3/monitor")).willReturn(okJson("""
                {"output": "ok", "message": "Project monitor request successful", "packages": [
                  {"name": "cpio", "chroots": {"fedora-18-x86_64": {"build_id": 5, "state": "succeeded", "status": 1,
                     "pkg_version": "1",
                     "url_backend_log": "http://copr-be-dev.cloud.fedoraproject.org/results/user1/foocopr/fedora-18-x86_64/xyz/backend.log.gz",
                     "url_build_log": "http://copr-be-dev.cloud.fedoraproject.org/results/user1/foocopr/fedora-18-x86_64/xyz/builder-live.log.gz"}}},
                  {"name": "hello-world", "chroots": {"fedora-18-x86_64": {"build_id": 2, "state": "waiting", "status": 9,
                     "pkg_version": null, "url_backend_log": null, "url_build_log": null}}}]}
                """)));

        ProjectMonitor result = monitor.monitor("user1", "foocopr", "foocopr:custom:pr",
                List.of(MonitorField.URL_BUILD_LOG, MonitorField.URL_BACKEND_LOG, MonitorField.URL_BUILD_LOG));

        copr.verify(getRequestedFor(urlEqualTo("/api_3/monitor?ownername=user1&projectname=foocopr"
                + "&project_dirname=foocopr%3Acustom%3Apr"
                + "&additional_fields%5B%5D=url_build_log&additional_fields%5B%5D=url_backend_log"))
                .withQueryParam("additional_fields[]", havingExactly("url_build_log", "url_backend_log"))
                .withHeader("Authorization", absent()));
        assertThat(result.output()).isEqualTo("ok");
        assertThat(result.message()).isEqualTo("Project monitor request successful");
        assertThat(result.packages()).extracting(MonitoredPackage::name).containsExactly("cpio", "hello-world");
        MonitoredChroot built = result.packages().get(0).chroots().get("fedora-18-x86_64");
        assertThat(built.state()).isEqualTo(BuildState.SUCCEEDED);
        assertThat(built.status()).isEqualTo(1);
        assertThat(built.buildId()).isEqualTo(5);
        assertThat(built.pkgVersion()).isEqualTo("1");
        assertThat(built.urlBuildLog()).endsWith("/xyz/builder-live.log.gz");
        assertThat(built.urlBackendLog()).endsWith("/xyz/backend.log.gz");
        MonitoredChroot waiting = result.packages().get(1).chroots().get("fedora-18-x86_64");
        assertThat(waiting.state()).isEqualTo(BuildState.WAITING);
        assertThat(waiting.status()).isEqualTo(9);
        assertThat(waiting.pkgVersion()).isNull();
        assertThat(waiting.urlBuildLog()).isNull();
    }

    @Test
    void monitorOfMainDirectorySendsOnlyOwnerAndProjectAndKeepsChrootOrder() {
        copr.stubFor(get(urlPathEqualTo("/api_3/monitor")).willReturn(okJson("""
                {"output": "ok", "message": "Project monitor request successful", "packages": [
                  {"name": "tar", "chroots": {
                     "fedora-rawhide-i386": {"build_id": 1, "state": "succeeded", "status": 1, "pkg_version": "1"},
                     "fedora-18-x86_64": {"build_id": 1, "state": "failed", "status": 0, "pkg_version": "1"}}}]}
                """)));

        ProjectMonitor result = monitor.monitor("user1", "test");

        copr.verify(getRequestedFor(urlEqualTo("/api_3/monitor?ownername=user1&projectname=test")));
        MonitoredPackage tar = result.packages().get(0);
        assertThat(tar.chroots().keySet()).containsExactly("fedora-rawhide-i386", "fedora-18-x86_64");
        assertThat(tar.chroots().get("fedora-18-x86_64").state()).isEqualTo(BuildState.FAILED);
        assertThat(tar.chroots().get("fedora-18-x86_64").urlBuildLog()).isNull();
    }

    @Test
    void emptyProjectHasNoPackages() {
        copr.stubFor(get(urlPathEqualTo("/api_3/monitor")).willReturn(okJson("""
                {"output": "ok", "message": "Project monitor request successful", "packages": []}
                """)));

        assertThat(monitor.monitor("user1", "test", List.of()).packages()).isEmpty();
        copr.verify(getRequestedFor(urlEqualTo("/api_3/monitor?ownername=user1&projectname=test")));
    }

    @Test
    void unknownDirectory404PassesCoprTextThrough() {
        copr.stubFor(get(urlPathEqualTo("/api_3/monitor")).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\": \"Copr dir 'nonexistent' doesn't exist in 'user1/foocopr' project.\"}")));

        assertThatThrownBy(() -> monitor.monitor("user1", "foocopr", "nonexistent"))
                .isInstanceOf(CoprNoResultException.class)
                .hasMessageContaining("'nonexistent' doesn't exist in 'user1/foocopr'");
    }

    @Test
    void fieldANewerCoprAddsIsAskedForByName() {
        copr.stubFor(get(urlPathEqualTo("/api_3/monitor")).willReturn(okJson(
                "{\"message\": \"Project monitor request successful\", \"output\": \"ok\", \"packages\": []}")));

        monitor.monitor("user1", "foocopr", List.of(MonitorField.of("url_build_log_v2"), MonitorField.URL_BUILD_LOG));

        copr.verify(getRequestedFor(urlEqualTo("/api_3/monitor?ownername=user1&projectname=foocopr"
                + "&additional_fields%5B%5D=url_build_log_v2&additional_fields%5B%5D=url_build_log")));
    }

    @Test
    void fieldNamesMustBeOneWord() {
        assertThatThrownBy(() -> MonitorField.of("url build"))
                .isInstanceOf(CoprValidationException.class).hasMessageStartingWith("MonitorField coprName 'url build'");
    }

    @Test
    void rejectedAdditionalField400PassesCoprTextThrough() {
        copr.stubFor(get(urlPathEqualTo("/api_3/monitor")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\": \"Wrong additional_fields argument(s): url_build\"}")));

        assertThatThrownBy(() -> monitor.monitor("user1", "foocopr", List.of(MonitorField.URL_BUILD)))
                .isInstanceOf(CoprRequestException.class)
                .hasMessageContaining("Wrong additional_fields argument(s): url_build");
    }

    @Test
    void refusesBadArgumentsBeforeAnyRequest() {
        assertThatThrownBy(() -> monitor.monitor(null, "p"))
                .isInstanceOf(CoprValidationException.class).hasMessage("ownername must not be null");
        assertThatThrownBy(() -> monitor.monitor("user1", "p", "a b"))
                .isInstanceOf(CoprValidationException.class).hasMessageContaining("projectDirname 'a b'");
        assertThatThrownBy(() -> monitor.monitor("user1", "p", Arrays.asList(MonitorField.URL_BUILD_LOG, null)))
                .isInstanceOf(CoprValidationException.class).hasMessage("additionalFields must not contain null");
        assertThat(copr.getAllServeEvents()).isEmpty();
    }
}
