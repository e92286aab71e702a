package dev.copr.autoconfigure.observation;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import dev.copr.client.CoprClient;
import dev.copr.client.build.Build;
import dev.copr.client.result.DownloadOptions;
import dev.copr.client.result.DownloadOutcome;
import dev.copr.client.result.ResultKind;

import java.nio.file.Files;
import java.nio.file.Path;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * With nothing but the Copr URL and credentials in the properties, a results download of the
 * auto-configured client is measured next to its API requests: the time and outcome of each file as
 * copr.client.downloads, its bytes as copr.client.download.size.
 */
@SpringBootTest(properties = {"copr.config-file=none", "copr.login=alice-login", "copr.token=alice-token",
        "copr.username=alice"})
class CoprDownloadMetricsTest {

    private static final String RESULTS = "/results/alice/demo/fedora-42-x86_64/00000007-hello/";
    private static final String RPM = "hello-1.0-1.fc42.x86_64.rpm";

    @RegisterExtension
    static WireMockExtension copr = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort())
            .resetOnEachTest(false).build();

    @RegisterExtension
    static WireMockExtension resultsHost = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort())
            .resetOnEachTest(false).build();

    @DynamicPropertySource
    static void coprUrl(DynamicPropertyRegistry registry) {
        registry.add("copr.url", copr::baseUrl);
    }

    @Autowired
    CoprClient client;

    @Autowired
    MeterRegistry meters;

    @TempDir
    Path destination;

    @Test
    void downloadIsMeasuredAsDownloadsNextToTheRequests() throws Exception {
        copr.stubFor(get("/api_3/build/7").willReturn(okJson("""
                {"id": 7, "state": "succeeded", "ownername": "alice", "projectname": "demo",
                 "project_dirname": "demo", "repo_url": "%s/results/alice/demo", "submitter": "alice",
                 "submitted_on": 1700000000, "started_on": 1700000100, "ended_on": 1700000200,
                 "is_background": false, "chroots": ["fedora-42-x86_64"],
                 "source_package": {"name": "hello", "version": "1.0-1", "url": null}}
                """.formatted(resultsHost.baseUrl()))));
        copr.stubFor(get(urlPathEqualTo("/api_3/build-chroot/list")).willReturn(okJson("""
                {"items": [{"name": "fedora-42-x86_64", "state": "succeeded", "started_on": 1700000100,
                            "ended_on": 1700000200, "result_url": "%s%s"}],
                 "meta": {"limit": null, "offset": 0, "order": "id", "order_type": "ASC"}}
                """.formatted(resultsHost.baseUrl(), RESULTS))));
        copr.stubFor(get("/api_3/build/built-packages/7").willReturn(okJson("""
                {"fedora-42-x86_64": {"packages": [
                  {"name": "hello", "epoch": 0, "version": "1.0", "release": "1.fc42", "arch": "x86_64"}]}}
                """)));
        copr.stubFor(get(urlPathEqualTo("/api_3/project")).willReturn(okJson("""
                {"id": 1, "name": "demo", "ownername": "alice", "full_name": "alice/demo", "devel_mode": false,
                 "storage": "backend", "chroot_repos": {}}
                """)));
        resultsHost.stubFor(get(RESULTS + RPM).willReturn(aResponse().withBody("0123456789")));
        Build build = client.builds().get(7);

        var downloaded = client.results().download(build, destination,
                DownloadOptions.builder().kinds(ResultKind.BINARY_RPM).build());

        assertThat(downloaded).singleElement().satisfies(file -> assertThat(file.outcome())
                .isEqualTo(DownloadOutcome.DOWNLOADED));
        assertThat(Files.readString(destination.resolve("fedora-42-x86_64").resolve(RPM))).isEqualTo("0123456789");
        Timer timer = meters.find("copr.client.downloads").tags("kind", "BINARY_RPM", "outcome", "DOWNLOADED",
                "exception", "none").timer();
        assertThat(timer).isNotNull();
        assertThat(timer.count()).isEqualTo(1);
        DistributionSummary size = meters.find("copr.client.download.size").tag("kind", "BINARY_RPM").summary();
        assertThat(size).isNotNull();
        assertThat(size.totalAmount()).isEqualTo(10);
        assertThat(meters.find("copr.client.requests").timers()).isNotEmpty();
        resultsHost.verify(getRequestedFor(urlPathEqualTo(RESULTS + RPM)).withHeader("Authorization", absent()));
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class App {
    }
}
