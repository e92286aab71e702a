package dev.copr.autoconfigure.health;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import dev.copr.autoconfigure.MutableClock;
import dev.copr.client.CoprClient;
import dev.copr.client.config.CoprConfig;
import dev.copr.client.config.RetryOptions;

import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

class CoprHealthIndicatorTest {

    private static final String TOKEN = "tok3n-value-never-shown";

    @RegisterExtension
    static WireMockExtension copr = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private final MutableClock clock = new MutableClock();
    private CoprHealthIndicator indicator;

    @AfterEach
    void stopIndicator() {
        indicator.destroy();
    }

    private CoprHealthIndicator indicatorForTokenExpiring(LocalDate expiration, Status warningStatus) {
        CoprConfig config = CoprConfig.builder().url(copr.baseUrl()).retry(RetryOptions.disabled())
                .credentials("apiLogin", TOKEN).tokenExpiration(expiration).build();
        indicator = new CoprHealthIndicator(CoprClient.create(config), Duration.ofSeconds(2), Duration.ofSeconds(30),
                clock, Duration.ofDays(14), warningStatus);
        return indicator;
    }

    private CoprHealthIndicator indicator(boolean withCredentials) {
        CoprConfig.Builder config = CoprConfig.builder().url(copr.baseUrl()).retry(RetryOptions.disabled());
        if (withCredentials) {
            config.credentials("apiLogin", TOKEN);
        }
        indicator = new CoprHealthIndicator(CoprClient.create(config.build()), Duration.ofSeconds(2),
                Duration.ofSeconds(30), clock);
        return indicator;
    }

    @Test
    void upWithTheUserWhenCredentialsAreAccepted() {
        copr.stubFor(get("/api_3/auth-check").willReturn(okJson("{\"id\": 1, \"name\": \"jdoe\"}")));

        Health health = indicator(true).health();

        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails()).containsEntry("url", copr.baseUrl()).containsEntry("user", "jdoe")
                .containsEntry("authenticated", true);
        assertThat(health.toString()).doesNotContain(TOKEN);
    }

    @Test
    void warnsWhenTheConfiguredUsernameIsNotWhomTheTokenBelongsTo() {
        copr.stubFor(get("/api_3/auth-check").willReturn(okJson("{\"id\": 1, \"name\": \"jdoe\"}")));
        CoprConfig config = CoprConfig.builder().url(copr.baseUrl()).retry(RetryOptions.disabled())
                .credentials("apiLogin", TOKEN).username("janedoe").build();
        indicator = new CoprHealthIndicator(CoprClient.create(config), Duration.ofSeconds(2), Duration.ofSeconds(30),
                clock);

        Health health = indicator.health();

        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails()).containsEntry("user", "jdoe").containsEntry("usernameWarning",
                "copr.username is 'janedoe' but the token belongs to 'jdoe': correct copr.username (or username in"
                        + " the classic config file)");
    }

    @Test
    void upAndUnauthenticatedWithoutCredentials() {
        copr.stubFor(get("/api_3/").willReturn(okJson("{\"version\": 3}")));

        Health health = indicator(false).health();

        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails()).containsEntry("authenticated", false).containsEntry("apiVersion", 3);
        copr.verify(0, getRequestedFor(urlEqualTo("/api_3/auth-check")));
    }

    @Test
    void downWithStatusAndCoprErrorWhenTheTokenIsRefused() {
        copr.stubFor(get("/api_3/auth-check").willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"output\": \"notok\", \"error\": \"Login invalid/expired. Please visit https://copr.example.org/api to get or renew your API token.\"}")));

        Health health = indicator(true).health();

        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails()).containsEntry("status", 401)
                .containsEntry("error", "Login invalid/expired. Please visit https://copr.example.org/api to get or renew your API token.")
                .containsEntry("exception", "dev.copr.client.exception.CoprAuthException");
        assertThat(health.toString()).doesNotContain(TOKEN);
    }

    @Test
    void downWithTheExceptionTypeWhenCoprDoesNotAnswerInTime() {
        copr.stubFor(get("/api_3/auth-check").willReturn(okJson("{\"id\": 1, \"name\": \"jdoe\"}").withFixedDelay(4000)));

        Health health = indicator(true).health();

        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails()).containsEntry("exception", TimeoutException.class.getName());
    }

    @Test
    void reusesTheResultWithinTheCacheTime() {
        copr.stubFor(get("/api_3/auth-check").willReturn(okJson("{\"id\": 1, \"name\": \"jdoe\"}")));
        CoprHealthIndicator health = indicator(true);

        health.health();
        clock.advance(Duration.ofSeconds(29));
        health.health();
        copr.verify(1, getRequestedFor(urlEqualTo("/api_3/auth-check")));

        clock.advance(Duration.ofSeconds(1));
        health.health();
        copr.verify(2, getRequestedFor(urlEqualTo("/api_3/auth-check")));
    }

    @Test
    void upWithTheTokenExpirationWhenMoreThanTheWarningPeriodIsLeft() {
        copr.stubFor(get("/api_3/auth-check").willReturn(okJson("{\"id\": 1, \"name\": \"jdoe\"}")));

        Health health = indicatorForTokenExpiring(today().plusDays(29), Status.UP).health();

        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails()).containsEntry("tokenExpires", today().plusDays(29).toString())
                .containsEntry("tokenDaysLeft", 30L).containsEntry("user", "jdoe").doesNotContainKey("warning");
    }

    @Test
    void warnsWhileUpWhenFewerDaysThanTheWarningPeriodAreLeft() {
        copr.stubFor(get("/api_3/auth-check").willReturn(okJson("{\"id\": 1, \"name\": \"jdoe\"}")));

        Health health = indicatorForTokenExpiring(today().plusDays(9), Status.UP).health();

        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails()).containsEntry("tokenDaysLeft", 10L);
        assertThat((String) health.getDetails().get("warning")).contains("expires on " + today().plusDays(9))
                .contains("10 days left").contains(copr.baseUrl() + "/api");
    }

    @Test
    void reportsTheConfiguredWarningStatusWhenFewerDaysThanTheWarningPeriodAreLeft() {
        copr.stubFor(get("/api_3/auth-check").willReturn(okJson("{\"id\": 1, \"name\": \"jdoe\"}")));

        Health health = indicatorForTokenExpiring(today().plusDays(9), new Status("WARNING")).health();

        assertThat(health.getStatus()).isEqualTo(new Status("WARNING"));
        assertThat(health.getDetails()).containsKey("warning").containsEntry("tokenDaysLeft", 10L);
    }

    @Test
    void downOnceTheTokenHasExpired() {
        copr.stubFor(get("/api_3/auth-check").willReturn(okJson("{\"id\": 1, \"name\": \"jdoe\"}")));

        Health health = indicatorForTokenExpiring(today().minusDays(1), Status.UP).health();

        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails()).containsEntry("tokenDaysLeft", 0L)
                .containsEntry("tokenExpires", today().minusDays(1).toString());
        assertThat((String) health.getDetails().get("error")).contains("expired on " + today().minusDays(1));
        assertThat(health.toString()).doesNotContain(TOKEN);
    }

    @Test
    void theExpirationDateItselfIsTheLastDayLeft() {
        copr.stubFor(get("/api_3/auth-check").willReturn(okJson("{\"id\": 1, \"name\": \"jdoe\"}")));

        Health health = indicatorForTokenExpiring(today(), Status.UP).health();

        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails()).containsEntry("tokenDaysLeft", 1L).containsKey("warning");
    }

    @Test
    void daysLeftFollowTheClockWhileTheCheckIsCached() {
        copr.stubFor(get("/api_3/auth-check").willReturn(okJson("{\"id\": 1, \"name\": \"jdoe\"}")));
        CoprHealthIndicator health = indicatorForTokenExpiring(today().plusDays(29), Status.UP);
        assertThat(health.health().getStatus()).isEqualTo(Status.UP);

        clock.advance(Duration.ofDays(30));

        assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.health().getDetails()).containsEntry("tokenDaysLeft", 0L);
    }

    @Test
    void aRefusedTokenStaysDownWithItsExpiration() {
        copr.stubFor(get("/api_3/auth-check").willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json").withBody("{\"error\": \"Login invalid/expired.\"}")));

        Health health = indicatorForTokenExpiring(today().plusDays(29), Status.UP).health();

        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails()).containsEntry("status", 401).containsEntry("tokenDaysLeft", 30L);
    }

    @Test
    void noTokenDetailsWhenTheExpirationIsUnknown() {
        copr.stubFor(get("/api_3/auth-check").willReturn(okJson("{\"id\": 1, \"name\": \"jdoe\"}")));

        Health health = indicator(true).health();

        assertThat(health.getDetails()).doesNotContainKeys("tokenExpires", "tokenDaysLeft", "warning");
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
