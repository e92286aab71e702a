package dev.copr.autoconfigure.health;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import dev.copr.autoconfigure.CoprAutoConfiguration;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class CoprHealthContributorAutoConfigurationTest {

    @RegisterExtension
    static WireMockExtension copr = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(CoprAutoConfiguration.class,
                    CoprHealthContributorAutoConfiguration.class))
            .withPropertyValues("copr.config-file=none");

    private ApplicationContextRunner withToken(String... properties) {
        copr.stubFor(get("/api_3/auth-check").willReturn(okJson("{\"id\": 1, \"name\": \"jdoe\"}")));
        return runner.withPropertyValues("copr.url=" + copr.baseUrl(), "copr.login=apiLogin", "copr.token=apiToken")
                .withPropertyValues(properties);
    }

    @Test
    void healthIndicatorIsOnByDefault() {
        runner.run(context -> assertThat(context).hasBean("coprHealthIndicator"));
    }

    @Test
    void healthIndicatorCanBeSwitchedOff() {
        runner.withPropertyValues("management.health.copr.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean("coprHealthIndicator")
                        .doesNotHaveBean(CoprHealthProperties.class));
    }

    @Test
    void noHealthIndicatorWithoutClient() {
        runner.withPropertyValues("copr.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean("coprHealthIndicator"));
    }

    @Test
    void settingsHaveTheirDefaults() {
        runner.run(context -> {
            CoprHealthProperties health = context.getBean(CoprHealthProperties.class);
            assertThat(health.getTimeout()).isEqualTo(Duration.ofSeconds(5));
            assertThat(health.getCacheTtl()).isEqualTo(Duration.ofSeconds(30));
            assertThat(health.getTokenWarningStatus()).isEqualTo("UP");
        });
    }

    @Test
    void settingsBindUnderManagementHealthCopr() {
        runner.withPropertyValues("management.health.copr.timeout=2s", "management.health.copr.cache-ttl=1m",
                "management.health.copr.token-warning-status=WARNING").run(context -> {
                    CoprHealthProperties health = context.getBean(CoprHealthProperties.class);
                    assertThat(health.getTimeout()).isEqualTo(Duration.ofSeconds(2));
                    assertThat(health.getCacheTtl()).isEqualTo(Duration.ofMinutes(1));
                    assertThat(health.getTokenWarningStatus()).isEqualTo("WARNING");
                });
    }

    @Test
    void healthReportsTheConfiguredWarningStatus() {
        withToken("copr.token-expiration=" + today().plusDays(4), "management.health.copr.token-warning-status=WARNING")
                .run(context -> {
                    Health health = context.getBean(CoprHealthIndicator.class).health();
                    assertThat(health.getStatus()).isEqualTo(new Status("WARNING"));
                    assertThat(health.getDetails()).containsEntry("tokenDaysLeft", 5L);
                });
    }

    @Test
    void healthAsksCoprAgainOnceTheCacheTimeIsOver() {
        withToken("management.health.copr.cache-ttl=0s").run(context -> {
            CoprHealthIndicator indicator = context.getBean(CoprHealthIndicator.class);
            indicator.health();
            indicator.health();
        });

        copr.verify(2, getRequestedFor(urlEqualTo("/api_3/auth-check")));
    }

    @Test
    void deprecatedNamesStillWorkAndAreLoggedAsDeprecated(CapturedOutput output) {
        withToken("copr.token-expiration=" + today().plusDays(4), "copr.health.token-warning-status=WARNING",
                "copr.health.timeout=3s", "copr.health.cache-ttl=2m").run(context -> {
                    CoprHealthProperties health = context.getBean(CoprHealthProperties.class);
                    assertThat(health.getTimeout()).isEqualTo(Duration.ofSeconds(3));
                    assertThat(health.getCacheTtl()).isEqualTo(Duration.ofMinutes(2));
                    assertThat(context.getBean(CoprHealthIndicator.class).health().getStatus())
                            .isEqualTo(new Status("WARNING"));
                });

        assertThat(output).contains(
                "copr.health.token-warning-status is deprecated: set management.health.copr.token-warning-status instead",
                "copr.health.timeout is deprecated: set management.health.copr.timeout instead",
                "copr.health.cache-ttl is deprecated: set management.health.copr.cache-ttl instead");
    }

    @Test
    void newNameWinsOverItsDeprecatedOne() {
        runner.withPropertyValues("copr.health.timeout=3s", "management.health.copr.timeout=1s",
                "copr.health.cache-ttl=2m").run(context -> {
                    CoprHealthProperties health = context.getBean(CoprHealthProperties.class);
                    assertThat(health.getTimeout()).isEqualTo(Duration.ofSeconds(1));
                    assertThat(health.getCacheTtl()).isEqualTo(Duration.ofMinutes(2));
                });
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }
}
