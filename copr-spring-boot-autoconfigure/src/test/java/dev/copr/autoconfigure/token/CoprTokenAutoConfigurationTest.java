package dev.copr.autoconfigure.token;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import dev.copr.autoconfigure.CoprAutoConfiguration;
import dev.copr.autoconfigure.CoprConnectionDetails;
import dev.copr.autoconfigure.TestConnectionDetails;
import dev.copr.client.CoprClient;
import dev.copr.client.config.ClassicConfigFile;
import dev.copr.client.exception.CoprConfigException;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
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
                .withConfiguration(AutoConfigurations.of(CoprAutoConfiguration.class, CoprTokenAutoConfiguration.class))
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
    void renewalRewritesTheTokenFileOfAConnectionDetailsBean() throws IOException {
        copr.stubFor(post("/api_3/api-token").willReturn(okJson("{\"api_login\": \"newLogin\", \"api_token\": \""
                + NEW_TOKEN + "\", \"expiration\": \"2027-06-01\"}")));
        Path file = classicFile("");
        CoprConnectionDetails fromFile = new TestConnectionDetails(copr.baseUrl(), "fileLogin", TOKEN, "fileUser") {
            @Override
            public Path getTokenFile() {
                return file;
            }
        };

        runner.withPropertyValues("copr.token-renewal.write-config-file=true")
                .withBean(CoprConnectionDetails.class, () -> fromFile)
                .run(context -> context.getBean(CoprClient.class).renewApiToken());

        assertThat(ClassicConfigFile.read(file).token()).isEqualTo(NEW_TOKEN);
    }

    @Test
    void writingTheClassicFileRefusesAConnectionDetailsBeanWithoutTokenFile() {
        runner.withPropertyValues("copr.token-renewal.write-config-file=true")
                .withBean(CoprConnectionDetails.class,
                        () -> new TestConnectionDetails(copr.baseUrl(), "apiLogin", TOKEN, null))
                .run(context -> assertThat(context).getFailure().rootCause().isInstanceOf(CoprConfigException.class)
                        .hasMessageContaining("the connection details are not from copr.* properties"));
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
