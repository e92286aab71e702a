package dev.copr.autoconfigure.health;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import dev.copr.autoconfigure.CoprAutoConfiguration;

import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

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
                .run(context -> assertThat(context).doesNotHaveBean("coprHealthIndicator"));
    }

    @Test
    void noHealthIndicatorWithoutClient() {
        runner.withPropertyValues("copr.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean("coprHealthIndicator"));
    }

    @Test
    void healthReportsTheConfiguredWarningStatus() {
        withToken("copr.token-expiration=" + today().plusDays(4), "copr.health.token-warning-status=WARNING")
                .run(context -> {
                    Health health = context.getBean(CoprHealthIndicator.class).health();
                    assertThat(health.getStatus()).isEqualTo(new Status("WARNING"));
                    assertThat(health.getDetails()).containsEntry("tokenDaysLeft", 5L);
                });
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }
}
