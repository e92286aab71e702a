package dev.copr.client.result;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.copr.client.result.ResultSamples.BUILD_ID;
import static dev.copr.client.result.ResultSamples.RAWHIDE;
import static dev.copr.client.result.ResultSamples.chroot;
import static dev.copr.client.result.ResultSamples.chrootList;
import static dev.copr.client.result.ResultSamples.resultPath;
import static io.micrometer.observation.tck.TestObservationRegistryAssert.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.http.Fault;

import dev.copr.client.CoprClient;
import dev.copr.client.CoprWireMock;

import java.nio.file.Path;

import io.micrometer.observation.tck.TestObservationRegistry;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class DownloadObservationTest {

    private static final String RPM = "hello-2.12-1.fc41.x86_64.rpm";
    private static final DownloadOptions RPM_ONLY = DownloadOptions.builder().kinds(ResultKind.BINARY_RPM).build();

    @RegisterExtension
    static final CoprWireMock copr = CoprWireMock.create();

    @RegisterExtension
    static final CoprWireMock resultsHost = CoprWireMock.create();

    @TempDir
    Path destination;

    private final TestObservationRegistry registry = TestObservationRegistry.create();

    private final BuildResults results = CoprClient.builder(copr.anonymousConfig().build())
            .observationRegistry(registry).build().results();

    @BeforeEach
    void copr() {
        copr.stubFor(get(urlPathEqualTo("/api_3/build-chroot/list"))
                .willReturn(okJson(chrootList(chroot(RAWHIDE, "succeeded", resultsHost.baseUrl())))));
        copr.stubFor(get("/api_3/build/built-packages/" + BUILD_ID)
                .willReturn(okJson(ResultSamples.builtPackages(RAWHIDE))));
        ResultSamples.stubProject(copr, "backend", false);
    }

    @Test
    void observesEachDownloadedFileWithItsBytesAndOutcome() {
        resultsHost.stubFor(get(resultPath(RAWHIDE) + RPM).willReturn(aResponse().withBody("0123456789")));

        results.download(ResultSamples.build(), destination, RPM_ONLY);

        assertThat(registry).hasObservationWithNameEqualTo("copr.client.downloads").that()
                .hasContextualNameEqualTo("copr download BINARY_RPM")
                .hasLowCardinalityKeyValue("kind", "BINARY_RPM")
                .hasLowCardinalityKeyValue("outcome", "DOWNLOADED")
                .hasLowCardinalityKeyValue("exception", "none")
                .hasHighCardinalityKeyValue("url", resultsHost.baseUrl() + resultPath(RAWHIDE) + RPM)
                .hasHighCardinalityKeyValue("chroot", RAWHIDE)
                .hasHighCardinalityKeyValue("bytes", "10")
                .hasBeenStarted().hasBeenStopped();
    }

    @Test
    void observesAFailedFileWithItsException() {
        resultsHost.stubFor(get(resultPath(RAWHIDE) + RPM).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        catchThrowable(() -> results.download(ResultSamples.build(), destination, RPM_ONLY));

        assertThat(registry).hasObservationWithNameEqualTo("copr.client.downloads").that()
                .hasLowCardinalityKeyValue("outcome", "FAILED")
                .hasLowCardinalityKeyValue("exception", "CoprRequestException")
                .hasError();
    }
}
