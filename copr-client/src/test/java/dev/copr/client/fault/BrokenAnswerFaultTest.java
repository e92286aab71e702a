package dev.copr.client.fault;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.http.Fault;

import dev.copr.client.ApiSamples;
import dev.copr.client.CoprClient;
import dev.copr.client.CoprWireMock;
import dev.copr.client.build.BuildOptions;
import dev.copr.client.exception.CoprException;
import dev.copr.client.exception.CoprRequestException;
import dev.copr.client.exception.CoprTimeoutException;
import dev.copr.client.page.Pagination;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Answers that break off: connections reset or closed before or in the middle of the answer,
 * garbage instead of HTTP, JSON cut short, and answers too slow for the read timeout.
 *
 * <p>The JDK HTTP client itself sends a GET once more when the connection closes before any byte
 * of the answer arrives, so one of our attempts may be two sends on the wire; the client counts it
 * so, and a GET still reaches Copr at most the configured attempts. A POST is sent once, always.
 */
@ExtendWith(TokenWatch.class)
class BrokenAnswerFaultTest {

    @RegisterExtension
    static final CoprWireMock copr = FaultFixtures.copr();

    private final CoprClient client = copr.client();

    @ParameterizedTest
    @EnumSource(Fault.class)
    void getIsRetriedWithinBoundsThenNamesTheServerAndTheRequest(Fault fault) {
        copr.stubFor(any(anyUrl()).willReturn(aResponse().withFault(fault)));

        CoprException e = catchThrowableOfType(CoprException.class, () -> client.builds().get(7));

        assertThat(e).isExactlyInstanceOf(CoprRequestException.class);
        assertThat(e.getStatus()).isZero();
        assertThat(e.getRequest()).isEqualTo("GET /api_3/build/7");
        assertThat(e.getMessage()).startsWith("Connection to " + copr.baseUrl() + "/api_3 failed (GET /api_3/build/7): ");
        assertThat(copr.countRequestsMatching(anyRequestedFor(anyUrl()).build()).getCount())
                .isIn(requestsWithinFour(fault));
        TokenWatch.assertClean(e);
    }

    /**
     * With at most four requests: a GET whose connection fails before the answer's head was sent
     * twice by the JDK client, so it counts as two, and two attempts send four; a head that cannot
     * be parsed counts as two as well, though the JDK sent it once. An answer that breaks in its body
     * counts as one, but the JDK finds a chunk broken right after the head either before or after it
     * hands the head over, so two or three attempts fit.
     */
    private static List<Integer> requestsWithinFour(Fault fault) {
        return switch (fault) {
            case CONNECTION_RESET_BY_PEER, EMPTY_RESPONSE -> List.of(4);
            case RANDOM_DATA_THEN_CLOSE -> List.of(2);
            case MALFORMED_RESPONSE_CHUNK -> List.of(2, 3);
        };
    }

    @ParameterizedTest
    @EnumSource(Fault.class)
    void postIsNeverSentTwice(Fault fault) {
        copr.stubFor(any(anyUrl()).willReturn(aResponse().withFault(fault)));

        CoprException e = catchThrowableOfType(CoprException.class, () -> client.builds().createFromUrl("jdoe",
                "hello", "https://example.org/hello-1.0-1.src.rpm", BuildOptions.builder().chroots("fedora-41-x86_64").build()));

        assertThat(e).isExactlyInstanceOf(CoprRequestException.class);
        assertThat(e.getStatus()).isZero();
        assertThat(e.getRequest()).isEqualTo("POST /api_3/build/create/url");
        copr.verify(1, anyRequestedFor(anyUrl()));
        TokenWatch.assertClean(e);
    }

    @Test
    void multipartUploadIsNeverSentTwice(@TempDir Path dir) throws IOException {
        Path srpm = Files.write(dir.resolve("hello-1.0-1.src.rpm"), new byte[256 * 1024]);
        copr.stubFor(any(anyUrl()).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        CoprException e = catchThrowableOfType(CoprException.class, () -> client.builds()
                .createFromFile("jdoe", "hello", srpm, BuildOptions.builder().chroots("fedora-41-x86_64").build()));

        assertThat(e.getRequest()).isEqualTo("POST /api_3/build/create/upload");
        copr.verify(1, anyRequestedFor(anyUrl()));
        TokenWatch.assertClean(e);
    }

    @Test
    void jsonCutShortInAListIsAnUnreadableAnswerNotRetried() {
        String cut = ApiSamples.list("{\"limit\": 2, \"offset\": 0, \"order\": \"id\", \"order_type\": \"ASC\"}",
                ApiSamples.build(1), ApiSamples.build(2));
        copr.stubFor(any(anyUrl()).willReturn(okJson(cut.substring(0, cut.length() / 2))));

        CoprException e = catchThrowableOfType(CoprException.class,
                () -> client.builds().getList("@copr", "copr-dev", Pagination.pagesOf(2)));

        assertThat(e).isExactlyInstanceOf(CoprRequestException.class);
        assertThat(e.getStatus()).isEqualTo(200);
        assertThat(e.getRequest()).isEqualTo("GET /api_3/build/list?ownername=%40copr&projectname=copr-dev&limit=2");
        assertThat(e.getMessage()).startsWith("Copr answered HTTP 200 to " + e.getRequest()
                + " with a body that is not the expected JSON (");
        copr.verify(1, anyRequestedFor(anyUrl()));
        TokenWatch.assertClean(e);
    }

    @Test
    void emptyBodyWithStatus200IsAnUnreadableAnswer() {
        copr.stubFor(any(anyUrl()).willReturn(okJson("")));

        CoprException e = catchThrowableOfType(CoprException.class, () -> client.builds().get(7));

        assertThat(e).isExactlyInstanceOf(CoprRequestException.class);
        assertThat(e.getStatus()).isEqualTo(200);
        assertThat(e.getRequest()).isEqualTo("GET /api_3/build/7");
    }

    @Test
    void slowAnswerIsAReadTimeoutAndAGetIsNotRepeated() {
        copr.stubFor(any(anyUrl()).willReturn(okJson(ApiSamples.build(7)).withFixedDelay(3_000)));

        CoprException e = catchThrowableOfType(CoprException.class,
                () -> copr.client(config -> config.readTimeout(Duration.ofMillis(250))).builds().get(7));

        assertThat(e).isExactlyInstanceOf(CoprTimeoutException.class);
        assertThat(e.getStatus()).isZero();
        assertThat(e.getRequest()).isEqualTo("GET /api_3/build/7");
        assertThat(e.getMessage()).isEqualTo("Copr request GET /api_3/build/7 timed out: read timeout (readTimeout,"
                + " PT0.25S) exceeded: no data from Copr for PT0.25S while waiting for the answer");
        FaultFixtures.verifyDelayedRequests(copr, 1);
        TokenWatch.assertClean(e);
    }

    @Test
    void answerStallingMidBodyIsAReadTimeout() {
        copr.stubFor(any(anyUrl()).willReturn(okJson(ApiSamples.build(7)).withChunkedDribbleDelay(4, 3_000)));

        CoprException e = catchThrowableOfType(CoprException.class,
                () -> copr.client(config -> config.readTimeout(Duration.ofMillis(250))).builds().get(7));

        assertThat(e).isExactlyInstanceOf(CoprTimeoutException.class);
        assertThat(e.getRequest()).isEqualTo("GET /api_3/build/7");
        TokenWatch.assertClean(e);
    }

    @Test
    void slowAnswerToAWriteIsATimeoutAndNotRepeated() {
        copr.stubFor(any(anyUrl()).willReturn(okJson(ApiSamples.build(7)).withFixedDelay(3_000)));

        CoprException e = catchThrowableOfType(CoprException.class, () -> copr.client(config -> config.readTimeout(Duration.ofMillis(250))).builds().cancel(7));

        assertThat(e).isExactlyInstanceOf(CoprTimeoutException.class);
        assertThat(e.getRequest()).isEqualTo("PUT /api_3/build/cancel/7");
        FaultFixtures.verifyDelayedRequests(copr, 1);
    }
}
