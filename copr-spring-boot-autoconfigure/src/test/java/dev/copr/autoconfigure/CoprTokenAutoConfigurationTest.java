package dev.copr.autoconfigure;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import dev.copr.client.CoprClient;
import dev.copr.client.config.ClassicConfigFile;
import dev.copr.client.exception.CoprConfigException;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class CoprTokenAutoConfigurationTest {

    private static final String TOKEN = "tok3n-value-never-shown";
    private static final String NEW_TOKEN = "new-token-value-never-shown";

    @RegisterExtension
    static WireMockExtension copr = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @TempDir
    Path home;

    private ApplicationContextRunner runner;

    @BeforeEach
    void emptyHome() {
        runner = new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(CoprAutoConfiguration.class,
                        CoprHealthContributorAutoConfiguration.class, CoprTokenAutoConfiguration.class))
                .withPropertyValues("HOME=" + home);
    }

    private ApplicationContextRunner withToken(String... properties) {
        return runner.withPropertyValues("copr.config-file=none", "copr.url=" + copr.baseUrl(), "copr.login=apiLogin",
                "copr.token=" + TOKEN).withPropertyValues(properties);
    }

    @Test
    void tokenExpirationPropertyReachesTheClient() {
        withToken("copr.token-expiration=2027-01-31").run(context -> assertThat(
                context.getBean(CoprClient.class).tokenExpiration()).contains(LocalDate.of(2027, 1, 31)));
    }

    @Test
    void expirationCommentOfTheClassicFileReachesTheClientWhenTheTokenComesFromIt() throws IOException {
        Path file = classicFile("# expiration date: 2027-02-28\n");

        runner.withPropertyValues("copr.config-file=" + file).run(context -> assertThat(
                context.getBean(CoprClient.class).tokenExpiration()).contains(LocalDate.of(2027, 2, 28)));
    }

    @Test
    void expirationPropertyWinsOverTheComment() throws IOException {
        Path file = classicFile("# expiration date: 2027-02-28\n");

        runner.withPropertyValues("copr.config-file=" + file, "copr.token-expiration=2027-03-31").run(context ->
                assertThat(context.getBean(CoprClient.class).tokenExpiration()).contains(LocalDate.of(2027, 3, 31)));
    }

    @Test
    void expirationCommentIsIgnoredWhenTheTokenIsAProperty() throws IOException {
        Path file = classicFile("# expiration date: 2027-02-28\n");

        runner.withPropertyValues("copr.config-file=" + file, "copr.token=" + TOKEN).run(context ->
                assertThat(context.getBean(CoprClient.class).tokenExpiration()).isEmpty());
    }

    @Test
    void logsOneWarningAtStartUpInsideTheWarningPeriod(CapturedOutput output) {
        LocalDate expiration = today().plusDays(4);

        withToken("copr.token-expiration=" + expiration).run(context -> assertThat(context).hasNotFailed());

        assertThat(output.getOut().lines().filter(line -> line.contains("WARN")
                && line.contains("The Copr API token expires on " + expiration + " (5 days left)"))).hasSize(1);
        assertThat(output).contains(copr.baseUrl() + "/api").doesNotContain(TOKEN);
    }

    @Test
    void logsNoWarningOutsideTheWarningPeriod(CapturedOutput output) {
        withToken("copr.token-expiration=" + today().plusDays(60)).run(context -> assertThat(context).hasNotFailed());

        assertThat(output).doesNotContain("The Copr API token");
    }

    @Test
    void warningPeriodIsConfigurableInDays(CapturedOutput output) {
        withToken("copr.token-expiration=" + today().plusDays(40), "copr.token-warning=60")
                .run(context -> assertThat(context).hasNotFailed());

        assertThat(output).contains("(41 days left)");
    }

    @Test
    void logsOneWarningAtStartUpWhenTheTokenHasExpired(CapturedOutput output) {
        withToken("copr.token-expiration=" + today().minusDays(3)).run(context -> assertThat(context).hasNotFailed());

        assertThat(output.getOut().lines().filter(line -> line.contains("WARN")
                && line.contains("The Copr API token expired on " + today().minusDays(3)))).hasSize(1);
    }

    @Test
    void healthReportsTheConfiguredWarningStatus() {
        copr.stubFor(get("/api_3/auth-check").willReturn(okJson("{\"id\": 1, \"name\": \"jdoe\"}")));

        withToken("copr.token-expiration=" + today().plusDays(4), "copr.health.token-warning-status=WARNING")
                .run(context -> {
                    CoprHealthIndicator health = context.getBean(CoprHealthIndicator.class);
                    assertThat(health.health().getStatus()).isEqualTo(new Status("WARNING"));
                    assertThat(health.health().getDetails()).containsEntry("tokenDaysLeft", 5L);
                });
    }

    @Test
    void automaticRenewalIsOffByDefault() {
        withToken().run(context -> assertThat(context).doesNotHaveBean(CoprTokenRenewer.class));
    }

    @Test
    void automaticRenewalRunsWhenEnabledAndStopsWithTheContext() {
        CoprTokenRenewer[] renewer = new CoprTokenRenewer[1];

        withToken("copr.token-renewal.enabled=true", "copr.token-expiration=" + today().plusDays(100)).run(context -> {
            renewer[0] = context.getBean(CoprTokenRenewer.class);
            assertThat(renewer[0].isRunning()).isTrue();
        });

        assertThat(renewer[0].isRunning()).isFalse();
    }

    @Test
    void aZeroCheckIntervalFailsNamingTheProperty() {
        withToken("copr.token-renewal.enabled=true", "copr.token-renewal.check-interval=0s").run(context ->
                assertThat(context).getFailure().rootCause().isInstanceOf(CoprConfigException.class)
                        .hasMessageContaining("copr.token-renewal.check-interval must be positive"));
    }

    @Test
    void renewalRewritesTheClassicFileWhenAskedTo() throws IOException {
        copr.stubFor(post("/api_3/api-token").willReturn(okJson("{\"api_login\": \"newLogin\", \"api_token\": \""
                + NEW_TOKEN + "\", \"expiration\": \"2027-06-01\"}")));
        Path file = classicFile("# expiration date: 2026-12-01\n");

        runner.withPropertyValues("copr.config-file=" + file, "copr.token-renewal.write-config-file=true")
                .run(context -> context.getBean(CoprClient.class).renewApiToken());

        ClassicConfigFile saved = ClassicConfigFile.read(file);
        assertThat(saved.token()).isEqualTo(NEW_TOKEN);
        assertThat(saved.tokenExpiration()).isEqualTo(LocalDate.of(2027, 6, 1));
        assertThat(Files.readString(file)).contains("username = fileUser");
    }

    @Test
    void writingTheClassicFileRefusesATokenFromProperties() {
        withToken("copr.token-renewal.write-config-file=true").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().isInstanceOf(CoprConfigException.class)
                    .hasMessageContaining("copr.token-renewal.write-config-file=true")
                    .hasMessageContaining("copr.token or copr.login is set");
        });
    }

    @Test
    void gaugeReportsTheDaysLeftWhenMetricsArePresent() {
        withToken("copr.token-expiration=" + today().plusDays(9))
                .withConfiguration(AutoConfigurations.of(MetricsAutoConfiguration.class,
                        SimpleMetricsExportAutoConfiguration.class))
                .run(context -> {
                    Gauge gauge = context.getBean(MeterRegistry.class).get("copr.client.token.remaining").gauge();
                    assertThat(gauge.value()).isEqualTo(10.0);
                    assertThat(gauge.getId().getBaseUnit()).isEqualTo("days");
                });
    }

    @Test
    void gaugeIsNaNWhileTheExpirationIsUnknown() {
        withToken().withConfiguration(AutoConfigurations.of(MetricsAutoConfiguration.class,
                        SimpleMetricsExportAutoConfiguration.class))
                .run(context -> assertThat(context.getBean(MeterRegistry.class).get("copr.client.token.remaining")
                        .gauge().value()).isNaN());
    }

    @Test
    void noGaugeForAnonymousAccess() {
        runner.withPropertyValues("copr.config-file=none").withConfiguration(AutoConfigurations.of(
                MetricsAutoConfiguration.class, SimpleMetricsExportAutoConfiguration.class))
                .run(context -> assertThat(context.getBean(MeterRegistry.class).find("copr.client.token.remaining")
                        .gauge()).isNull());
    }

    private Path classicFile(String extraLines) throws IOException {
        Path file = home.resolve("copr");
        Files.writeString(file, "[copr-cli]\nlogin = fileLogin\nusername = fileUser\ntoken = " + TOKEN
                + "\ncopr_url = " + URI.create(copr.baseUrl()) + "\nencrypted = False\n" + extraLines);
        return file;
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }
}
