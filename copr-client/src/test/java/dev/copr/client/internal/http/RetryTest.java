package dev.copr.client.internal.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.serviceUnavailable;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.http.Fault;

import dev.copr.client.CoprWireMock;
import dev.copr.client.config.RetryOptions;
import dev.copr.client.exception.CoprException;
import dev.copr.client.exception.CoprRequestException;
import dev.copr.client.exception.CoprTimeoutException;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RetryTest {

    /** Four requests at most: three tries after answered failures, two after broken connections. */
    private static final RetryOptions FOUR_QUICK_ATTEMPTS =
            RetryOptions.builder().maxAttempts(4).initialDelay(Duration.ofMillis(10)).multiplier(2.0).maxDelay(Duration.ofMillis(40)).build();

    @RegisterExtension
    static final CoprWireMock copr = CoprWireMock.create();

    private final CoprRequest getBuild = CoprRequest.get("build.get", "/build/{id}", 7);

    private CoprTransport transport(RetryOptions retry) {
        return new CoprTransport(copr.config()
                .retry(retry).build());
    }

    @Test
    void retriesGetOn503UntilItSucceeds() {
        copr.stubFor(get("/api_3/build/7").inScenario("flaky").whenScenarioStateIs(STARTED)
                .willReturn(serviceUnavailable()).willSetStateTo("second"));
        copr.stubFor(get("/api_3/build/7").inScenario("flaky").whenScenarioStateIs("second")
                .willReturn(aResponse().withStatus(502)).willSetStateTo("third"));
        copr.stubFor(get("/api_3/build/7").inScenario("flaky").whenScenarioStateIs("third")
                .willReturn(okJson("{\"id\": 7}")));

        Map<String, Object> build = transport(FOUR_QUICK_ATTEMPTS).execute(getBuild, Map.class);

        assertThat(build).containsEntry("id", 7);
        copr.verify(3, getRequestedFor(urlEqualTo("/api_3/build/7")));
    }

    @Test
    void retriesGetOnConnectionResetUntilItSucceeds() {
        copr.stubFor(get("/api_3/build/7").inScenario("reset").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)).willSetStateTo("ok"));
        copr.stubFor(get("/api_3/build/7").inScenario("reset").whenScenarioStateIs("ok")
                .willReturn(okJson("{\"id\": 7}")));

        Map<String, Object> build = transport(FOUR_QUICK_ATTEMPTS).execute(getBuild, Map.class);
        assertThat(build).containsEntry("id", 7);
        copr.verify(2, getRequestedFor(urlEqualTo("/api_3/build/7")));
    }

    @Test
    void givesUpAfterMaxAttemptsWithTheLastError() {
        copr.stubFor(get("/api_3/build/7").willReturn(serviceUnavailable()
                .withHeader("Content-Type", "application/json").withBody("{\"error\": \"down for maintenance\"}")));

        CoprException e = catchThrowableOfType(CoprException.class,
                () -> transport(FOUR_QUICK_ATTEMPTS).execute(getBuild, Map.class));

        assertThat(e).isExactlyInstanceOf(CoprRequestException.class);
        assertThat(e.getStatus()).isEqualTo(503);
        assertThat(e.getCoprError()).isEqualTo("down for maintenance");
        copr.verify(3, getRequestedFor(urlEqualTo("/api_3/build/7")));
    }

    @Test
    void doesNotRetryGetOnClientErrorsOr500() {
        copr.stubFor(get("/api_3/build/7").willReturn(aResponse().withStatus(500)));

        catchThrowableOfType(CoprException.class, () -> transport(FOUR_QUICK_ATTEMPTS).execute(getBuild, Map.class));

        copr.verify(1, getRequestedFor(urlEqualTo("/api_3/build/7")));
    }

    @Test
    void neverRetriesPost() {
        copr.stubFor(post("/api_3/build/create/url").willReturn(serviceUnavailable()));

        CoprException e = catchThrowableOfType(CoprException.class, () -> transport(FOUR_QUICK_ATTEMPTS)
                .execute(CoprRequest.post("build.create_from_url", "/build/create/url").withJson(Map.of("a", 1)), Map.class));

        assertThat(e.getStatus()).isEqualTo(503);
        copr.verify(1, postRequestedFor(urlEqualTo("/api_3/build/create/url")));
    }

    @Test
    void neverRetriesPostOnConnectionReset() {
        copr.stubFor(post("/api_3/build/create/url").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        CoprException e = catchThrowableOfType(CoprException.class, () -> transport(FOUR_QUICK_ATTEMPTS)
                .execute(CoprRequest.post("build.create_from_url", "/build/create/url").withJson(Map.of("a", 1)), Map.class));

        assertThat(e).isExactlyInstanceOf(CoprRequestException.class);
        copr.verify(1, postRequestedFor(urlEqualTo("/api_3/build/create/url")));
    }

    @Test
    void disabledRetrySendsOnce() {
        copr.stubFor(get("/api_3/build/7").willReturn(serviceUnavailable()));

        catchThrowableOfType(CoprException.class, () -> transport(RetryOptions.disabled()).execute(getBuild, Map.class));

        copr.verify(1, getRequestedFor(urlEqualTo("/api_3/build/7")));
    }

    @Test
    void aCallsTimeLimitCutsTheAnswerItWaitsFor() {
        copr.stubFor(get("/api_3/build/7").willReturn(okJson("{\"id\": 7}").withFixedDelay(10_000)));
        long start = System.nanoTime();

        CoprTimeoutException e = catchThrowableOfType(CoprTimeoutException.class,
                () -> transport(FOUR_QUICK_ATTEMPTS).execute(getBuild, Map.class, Duration.ofMillis(300)));

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
        assertThat(e).hasMessage("Copr request GET /api_3/build/7 timed out: time limit of the call (PT0.3S) exceeded:"
                + " the answer was not complete within PT0.3S (waiting for the answer)");
        copr.verify(1, getRequestedFor(urlEqualTo("/api_3/build/7")));
    }

    @Test
    void noRetryIsWaitedForThatWouldEndAfterTheCallsTimeLimit() {
        copr.stubFor(get("/api_3/build/7").willReturn(serviceUnavailable()));
        RetryOptions slowRetries = RetryOptions.builder().maxAttempts(4).initialDelay(Duration.ofSeconds(5))
                .maxDelay(Duration.ofSeconds(5)).build();

        CoprException e = catchThrowableOfType(CoprException.class,
                () -> transport(slowRetries).execute(getBuild, Map.class, Duration.ofSeconds(2)));

        assertThat(e.getStatus()).isEqualTo(503);
        copr.verify(1, getRequestedFor(urlEqualTo("/api_3/build/7")));
    }

    @Test
    void aTimeLimitBoundsOnlyTheCallItIsGivenTo() {
        copr.stubFor(get("/api_3/build/7").willReturn(okJson("{\"id\": 7}").withFixedDelay(500)));
        CoprTransport transport = transport(RetryOptions.disabled());

        catchThrowableOfType(CoprTimeoutException.class,
                () -> transport.execute(getBuild, Map.class, Duration.ofMillis(100)));
        Map<String, Object> build = transport.execute(getBuild, Map.class);

        assertThat(build).containsEntry("id", 7);
        copr.verify(2, getRequestedFor(urlEqualTo("/api_3/build/7")));
    }
}
