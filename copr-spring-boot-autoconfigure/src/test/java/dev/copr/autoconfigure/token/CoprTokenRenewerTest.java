package dev.copr.autoconfigure.token;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import dev.copr.autoconfigure.MutableClock;
import dev.copr.autoconfigure.token.CoprTokenRenewer.Outcome;
import dev.copr.client.CoprClient;
import dev.copr.client.config.CoprConfig;
import dev.copr.client.config.RetryOptions;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;

import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class CoprTokenRenewerTest {

    private static final String OLD_TOKEN = "old-token-value-never-shown";
    private static final String NEW_TOKEN = "new-token-value-never-shown";

    @RegisterExtension
    static WireMockExtension copr = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private final MutableClock clock = new MutableClock();
    private final TestObservationRegistry observations = TestObservationRegistry.create();
    private CoprTokenRenewer renewer;

    @AfterEach
    void stop() {
        if (renewer != null) {
            renewer.stop();
        }
    }

    private CoprClient client(LocalDate expiration) {
        return CoprClient.create(CoprConfig.builder().url(copr.baseUrl()).credentials("oldLogin", OLD_TOKEN)
                .tokenExpiration(expiration).retry(RetryOptions.disabled()).build());
    }

    private CoprTokenRenewer renewer(CoprClient client) {
        renewer = new CoprTokenRenewer(client, Duration.ofDays(30), Duration.ofHours(1), clock, observations);
        return renewer;
    }

    private void renewalAnswers(LocalDate expiration) {
        copr.stubFor(post("/api_3/api-token").willReturn(okJson("{\"api_login\": \"newLogin\", \"api_token\": \""
                + NEW_TOKEN + "\", \"expiration\": \"" + expiration + "\"}")));
    }

    @Test
    void doesNothingWhileTheWindowsDaysAreLeft() {
        Outcome outcome = renewer(client(today().plusDays(29))).check();

        assertThat(outcome).isEqualTo(Outcome.NOT_DUE);
        assertThat(copr.getAllServeEvents()).isEmpty();
    }

    @Test
    void renewsWhenFewerDaysThanTheWindowAreLeftAndSwitchesTheClient() {
        renewalAnswers(today().plusDays(180));
        copr.stubFor(get("/api_3/auth-check").willReturn(okJson("{\"id\": 1, \"name\": \"jdoe\"}")));
        CoprClient client = client(today().plusDays(28));

        Outcome outcome = renewer(client).check();
        client.authCheck();

        assertThat(outcome).isEqualTo(Outcome.RENEWED);
        assertThat(client.tokenExpiration()).contains(today().plusDays(180));
        copr.verify(getRequestedFor(urlEqualTo("/api_3/auth-check"))
                .withHeader("Authorization", equalTo(basic("newLogin", NEW_TOKEN))));
    }

    @Test
    void theRenewedTokenIsNotDueForAnotherRenewal() {
        renewalAnswers(today().plusDays(180));
        CoprTokenRenewer renewer = renewer(client(today().plusDays(10)));
        renewer.check();

        clock.advance(Duration.ofDays(1));

        assertThat(renewer.check()).isEqualTo(Outcome.NOT_DUE);
        copr.verify(1, postRequestedFor(urlEqualTo("/api_3/api-token")));
    }

    @Test
    void shortLivedTokensAreRenewedOncePerHalfLifetimeNotAtEveryCheck(CapturedOutput output) {
        renewalAnswers(today().plusDays(19));
        CoprTokenRenewer renewer = renewer(client(today().plusDays(10)));
        renewer.check();

        clock.advance(Duration.ofDays(9));
        Outcome beforeHalfLifetime = renewer.check();
        clock.advance(Duration.ofDays(1));
        Outcome atHalfLifetime = renewer.check();

        assertThat(beforeHalfLifetime).isEqualTo(Outcome.RENEWED_RECENTLY);
        assertThat(atHalfLifetime).isEqualTo(Outcome.RENEWED);
        copr.verify(2, postRequestedFor(urlEqualTo("/api_3/api-token")));
        assertThat(output).contains("Copr's token lifetime is shorter than copr.token-renewal.before");
    }

    @Test
    void aFailedRenewalIsTriedAgainAtTheNextCheck(CapturedOutput output) {
        copr.stubFor(post("/api_3/api-token").willReturn(aResponse().withStatus(500)
                .withHeader("Content-Type", "application/json").withBody("{\"error\": \"database down\"}")));
        CoprTokenRenewer renewer = renewer(client(today().plusDays(10)));

        Outcome first = renewer.check();
        Outcome second = renewer.check();

        assertThat(first).isEqualTo(Outcome.FAILED);
        assertThat(second).isEqualTo(Outcome.FAILED);
        copr.verify(2, postRequestedFor(urlEqualTo("/api_3/api-token")));
        assertThat(output).contains("Automatic renewal of the Copr API token failed").contains("database down");
    }

    @Test
    void anExpiredTokenIsNotSentButReportedOnce(CapturedOutput output) {
        CoprTokenRenewer renewer = renewer(client(today().minusDays(1)));

        renewer.check();
        renewer.check();

        assertThat(renewer.check()).isEqualTo(Outcome.EXPIRED);
        assertThat(copr.getAllServeEvents()).isEmpty();
        assertThat(output.getOut().split("cannot be renewed through the API", -1)).hasSize(2);
        assertThat(output).contains(copr.baseUrl() + "/api");
    }

    @Test
    void anUnknownExpirationIsReportedOnceAndNeverRenewed(CapturedOutput output) {
        CoprTokenRenewer renewer = renewer(client(null));

        renewer.check();

        assertThat(renewer.check()).isEqualTo(Outcome.UNKNOWN_EXPIRATION);
        assertThat(copr.getAllServeEvents()).isEmpty();
        assertThat(output.getOut().split("set copr.token-expiration", -1)).hasSize(2);
    }

    @Test
    void eachRenewalIsObservedWithItsOutcome() {
        renewalAnswers(today().plusDays(180));

        renewer(client(today().plusDays(10))).check();

        TestObservationRegistryAssert.assertThat(observations)
                .hasObservationWithNameEqualTo(CoprTokenRenewer.OBSERVATION).that()
                .hasLowCardinalityKeyValue("outcome", "renewed").hasBeenStopped();
    }

    @Test
    void logsNeverShowTheTokens(CapturedOutput output) {
        renewalAnswers(today().plusDays(180));

        renewer(client(today().plusDays(10))).check();

        assertThat(output).contains("renewing it").contains("renewed").doesNotContain(NEW_TOKEN)
                .doesNotContain(OLD_TOKEN);
    }

    @Test
    void runsOnItsOwnThreadUntilStopped() {
        CoprTokenRenewer renewer = renewer(client(today().plusDays(100)));

        renewer.start();
        assertThat(renewer.isRunning()).isTrue();
        renewer.stop();

        assertThat(renewer.isRunning()).isFalse();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static String basic(String login, String token) {
        return "Basic " + Base64.getEncoder().encodeToString((login + ":" + token).getBytes(StandardCharsets.UTF_8));
    }
}
