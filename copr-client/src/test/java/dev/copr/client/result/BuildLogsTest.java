package dev.copr.client.result;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.notFound;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.copr.client.result.ResultSamples.BUILD_ID;
import static dev.copr.client.result.ResultSamples.RAWHIDE;
import static dev.copr.client.result.ResultSamples.buildChroot;
import static dev.copr.client.result.ResultSamples.gzip;
import static dev.copr.client.result.ResultSamples.resultPath;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.stubbing.Scenario;

import dev.copr.client.CoprWireMock;
import dev.copr.client.build.BuildState;
import dev.copr.client.exception.CoprNoResultException;
import dev.copr.client.exception.CoprRequestException;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class BuildLogsTest {

    private static final String LIVE = resultPath(RAWHIDE) + "builder-live.log";

    @RegisterExtension
    static final CoprWireMock copr = CoprWireMock.create();

    @RegisterExtension
    static final CoprWireMock resultsHost = CoprWireMock.create();

    private final BuildResults results = copr.client().results();

    @Test
    void readsAGzippedLogAsTextWithoutSendingCredentials() {
        resultsHost.stubFor(get(LIVE + ".gz").willReturn(aResponse().withHeader("Content-Type", "application/gzip")
                .withBody(gzip("mock: building hello\nerror: Bad exit status\n"))));

        String text = results.readLog(URI.create(resultsHost.baseUrl() + LIVE + ".gz"));

        assertThat(text).isEqualTo("mock: building hello\nerror: Bad exit status\n");
        resultsHost.verify(getRequestedFor(urlEqualTo(LIVE + ".gz")).withHeader("Authorization", absent()));
        assertThat(copr.getAllServeEvents()).isEmpty();
    }

    @Test
    void readsAPlainLogAsIs() {
        resultsHost.stubFor(get(LIVE).willReturn(aResponse().withBody("still building\n")));

        assertThat(results.readLog(URI.create(resultsHost.baseUrl() + LIVE))).isEqualTo("still building\n");
    }

    @Test
    void refusesALogLongerThanTheAnswerSizeAndNamesTail() {
        BuildResults small = copr.client(config -> config.maxResponseSize(1024)).results();
        resultsHost.stubFor(get(LIVE).willReturn(aResponse().withBody("x".repeat(1025))));

        assertThatThrownBy(() -> small.readLog(URI.create(resultsHost.baseUrl() + LIVE)))
                .isInstanceOf(CoprRequestException.class)
                .hasMessageContaining("maxResponseSize (1024 bytes)").hasMessageContaining("tail()");
    }

    @Test
    void aMissingLogIsNoResult() {
        resultsHost.stubFor(get(LIVE + ".gz").willReturn(notFound()));

        assertThatThrownBy(() -> results.readLog(URI.create(resultsHost.baseUrl() + LIVE + ".gz")))
                .isInstanceOf(CoprNoResultException.class)
                .hasMessageContaining(LIVE + ".gz");
    }

    @Test
    void tailKeepsTheLastLinesOfAFailedChrootsLog() {
        String log = IntStream.rangeClosed(1, 50_000).mapToObj(i -> "line " + i).collect(Collectors.joining("\n"));
        resultsHost.stubFor(get(LIVE + ".gz").willReturn(aResponse().withBody(gzip(log + "\n"))));

        List<String> tail = results.tail(buildChroot(RAWHIDE, BuildState.FAILED, resultsHost.baseUrl()), 3);

        assertThat(tail).containsExactly("line 49998", "line 49999", "line 50000");
        resultsHost.verify(getRequestedFor(urlEqualTo(LIVE + ".gz")).withHeader("Authorization", absent()));
    }

    @Test
    void tailCutsLinesLongerThanTheBoundAndKeepsALastLineWithoutBreak() {
        String longLine = "y".repeat(BuildResults.MAX_LINE_LENGTH * 3);
        resultsHost.stubFor(get(LIVE).willReturn(aResponse().withBody("first\r\n" + longLine + "\nlast")));

        List<String> tail = results.tail(buildChroot(RAWHIDE, BuildState.RUNNING, resultsHost.baseUrl()), 5);

        assertThat(tail).containsExactly("first", "y".repeat(BuildResults.MAX_LINE_LENGTH), "last");
    }

    @Test
    void tailReadsTheGzippedLogWhenThePlainOneWasJustCompressed() {
        resultsHost.stubFor(get(LIVE).willReturn(notFound()));
        resultsHost.stubFor(get(LIVE + ".gz").willReturn(aResponse().withBody(gzip("a\nb\n"))));

        assertThat(results.tail(buildChroot(RAWHIDE, BuildState.RUNNING, resultsHost.baseUrl()), 1))
                .containsExactly("b");
    }

    @Test
    void tailOfAPendingChrootIsEmptyWithoutRequest() {
        assertThat(results.tail(buildChroot(RAWHIDE, BuildState.PENDING, resultsHost.baseUrl()), 10)).isEmpty();
        assertThat(resultsHost.getAllServeEvents()).isEmpty();
    }

    @Test
    void followReadsNewBytesWithRangeUntilTheChrootEndsThenTheGzipRemainder() {
        String chrootState = "/api_3/build-chroot";
        copr.stubFor(get(urlPathEqualTo(chrootState)).inScenario("chroot").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson(chrootJson("running"))).willSetStateTo("running again"));
        copr.stubFor(get(urlPathEqualTo(chrootState)).inScenario("chroot").whenScenarioStateIs("running again")
                .willReturn(okJson(chrootJson("running"))).willSetStateTo("ended"));
        copr.stubFor(get(urlPathEqualTo(chrootState)).inScenario("chroot").whenScenarioStateIs("ended")
                .willReturn(okJson(chrootJson("failed"))));
        resultsHost.stubFor(get(LIVE).withHeader("Range", absent())
                .willReturn(aResponse().withStatus(200).withBody("one\ntw")));
        resultsHost.stubFor(get(LIVE).withHeader("Range", equalTo("bytes=6-"))
                .willReturn(aResponse().withStatus(206).withBody("o\nthree\n")));
        resultsHost.stubFor(get(LIVE + ".gz").willReturn(aResponse().withBody(gzip("one\ntwo\nthree\nfour\nfive")))); 
        List<String> lines = new ArrayList<>();

        results.follow(BUILD_ID, RAWHIDE, Duration.ofMillis(10), lines::add);

        assertThat(lines).containsExactly("one", "two", "three", "four", "five");
        copr.verify(3, getRequestedFor(urlEqualTo(chrootState + "?build_id=" + BUILD_ID + "&chrootname=" + RAWHIDE)));
        resultsHost.verify(getRequestedFor(urlEqualTo(LIVE)).withHeader("Range", equalTo("bytes=6-"))
                .withHeader("Authorization", absent()));
    }

    @Test
    void followDoesNotReadTheGzipTheResultsHostRedirectsAnEndingLogToAsText() {
        copr.stubFor(get(urlPathEqualTo("/api_3/build-chroot")).inScenario("ending").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson(chrootJson("running"))).willSetStateTo("ended"));
        copr.stubFor(get(urlPathEqualTo("/api_3/build-chroot")).inScenario("ending").whenScenarioStateIs("ended")
                .willReturn(okJson(chrootJson("succeeded"))));
        resultsHost.stubFor(get(LIVE).willReturn(aResponse().withStatus(302).withHeader("Location", LIVE + ".gz")));
        resultsHost.stubFor(get(LIVE + ".gz").willReturn(aResponse().withBody(gzip("built\n"))));
        List<String> lines = new ArrayList<>();

        results.follow(BUILD_ID, RAWHIDE, Duration.ofMillis(10), lines::add);

        assertThat(lines).containsExactly("built");
        resultsHost.verify(2, getRequestedFor(urlEqualTo(LIVE + ".gz")));
    }

    @Test
    void followOfAChrootCanceledWithoutLogEndsCleanly() {
        copr.stubFor(get(urlPathEqualTo("/api_3/build-chroot")).willReturn(okJson(chrootJson("canceled"))));
        resultsHost.stubFor(get(LIVE + ".gz").willReturn(notFound()));
        List<String> lines = new ArrayList<>();

        results.follow(BUILD_ID, RAWHIDE, Duration.ofMillis(10), lines::add);

        assertThat(lines).isEmpty();
        resultsHost.verify(1, getRequestedFor(urlEqualTo(LIVE + ".gz")));
    }

    private static String chrootJson(String state) {
        return ResultSamples.chroot(RAWHIDE, state, resultsHost.baseUrl());
    }
}
