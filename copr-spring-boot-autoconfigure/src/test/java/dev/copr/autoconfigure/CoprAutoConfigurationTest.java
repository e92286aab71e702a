package dev.copr.autoconfigure;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import dev.copr.client.CoprClient;
import dev.copr.client.build.BuildProxy;
import dev.copr.client.exception.CoprConfigException;
import dev.copr.client.exception.CoprRequestException;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.restclient.RestClientCustomizer;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class CoprAutoConfigurationTest {

    @RegisterExtension
    static WireMockExtension copr = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String TOKEN = "tok3n-value-never-shown";

    @TempDir
    Path home;

    private ApplicationContextRunner runner;

    @BeforeEach
    void emptyHome() {
        runner = new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(HttpClientAutoConfiguration.class,
                        RestClientAutoConfiguration.class, CoprAutoConfiguration.class))
                .withPropertyValues("HOME=" + home);
    }

    @Test
    void defaultsToAnonymousClientOnThePublicInstance() {
        runner.run(context -> {
            assertThat(context).hasSingleBean(CoprClient.class).hasSingleBean(BuildProxy.class)
                    .hasSingleBean(CoprConnectionDetails.class);
            CoprClient client = context.getBean(CoprClient.class);
            assertThat(client.config().url()).isEqualTo(URI.create("https://copr.fedorainfracloud.org"));
            assertThat(client.config().hasCredentials()).isFalse();
            assertThat(context.getBean(BuildProxy.class)).isSameAs(client.builds());
        });
    }

    @Test
    void makesTheProxyBeansWhenFirstAskedFor() {
        List<String> proxies = List.of("coprProjectProxy", "coprBuildProxy", "coprPackageProxy",
                "coprProjectChrootProxy", "coprBuildChrootProxy", "coprMockChrootProxy", "coprMonitorProxy",
                "coprWebhookProxy");
        runner.run(context -> {
            assertThat(proxies).filteredOn(context.getBeanFactory()::containsSingleton).isEmpty();
            assertThat(context.getBean(BuildProxy.class)).isSameAs(context.getBean(CoprClient.class).builds());
            assertThat(proxies).filteredOn(context.getBeanFactory()::containsSingleton).containsExactly("coprBuildProxy");
        });
    }

    @Test
    void bindsProperties() {
        runner.withPropertyValues("copr.url=https://copr.example.org", "copr.login=apiLogin", "copr.token=" + TOKEN,
                "copr.username=jdoe", "copr.read-timeout=5s", "copr.response-timeout=2m", "copr.max-response-size=8MB",
                "copr.retry.max-attempts=1").run(context -> {
            CoprClient client = context.getBean(CoprClient.class);
            assertThat(client.config().url()).isEqualTo(URI.create("https://copr.example.org"));
            assertThat(client.config().login()).isEqualTo("apiLogin");
            assertThat(client.config().token()).isEqualTo(TOKEN);
            assertThat(client.config().username()).isEqualTo("jdoe");
            assertThat(client.config().readTimeout()).isEqualTo(Duration.ofSeconds(5));
            assertThat(client.config().responseTimeout()).isEqualTo(Duration.ofMinutes(2));
            assertThat(client.config().maxResponseSize()).isEqualTo(8L << 20);
            assertThat(client.config().retry().enabled()).isFalse();
        });
    }

    @Test
    void readsTheClassicFileAtItsDefaultLocation() throws IOException {
        writeClassicFile(home.resolve(".config/copr"));

        runner.run(context -> {
            CoprClient client = context.getBean(CoprClient.class);
            assertThat(client.config().url()).isEqualTo(URI.create("https://copr.file.example.org"));
            assertThat(client.config().login()).isEqualTo("fileLogin");
            assertThat(client.config().username()).isEqualTo("fileUser");
        });
    }

    @Test
    void propertiesWinOverTheClassicFileKeyByKey() throws IOException {
        Path file = writeClassicFile(home.resolve("elsewhere/copr"));

        runner.withPropertyValues("copr.config-file=" + file, "copr.username=propertyUser").run(context -> {
            CoprClient client = context.getBean(CoprClient.class);
            assertThat(client.config().username()).isEqualTo("propertyUser");
            assertThat(client.config().login()).isEqualTo("fileLogin");
            assertThat(client.config().url()).isEqualTo(URI.create("https://copr.file.example.org"));
        });
    }

    @Test
    void configFileStartingWithTildeIsUnderHome() throws IOException {
        writeClassicFile(home.resolve("copr/dev.conf"));

        runner.withPropertyValues("copr.config-file=~/copr/dev.conf").run(context ->
                assertThat(context.getBean(CoprClient.class).config().login()).isEqualTo("fileLogin"));
    }

    @Test
    void clientConfigErrorsNameTheCoprPropertyNotTheClientsBuilderMethod() {
        runner.withPropertyValues("copr.config-file=none", "copr.read-timeout=0s").run(context ->
                assertThat(analysis(context).getDescription())
                        .contains("copr.read-timeout must be positive, was PT0S")
                        .doesNotContain("CoprConfig.readTimeout"));
        runner.withPropertyValues("copr.config-file=none", "copr.retry.max-attempts=0").run(context ->
                assertThat(analysis(context).getDescription())
                        .contains("copr.retry.max-attempts must be at least 1")
                        .doesNotContain("RetryOptions"));
    }

    @Test
    void unresolvedPlaceholderFailsNamingThePropertyNotTheValue() {
        runner.withPropertyValues("copr.login=${COPR_LOGIN_UNSET}", "copr.token=${COPR_TOKEN_UNSET}").run(context -> {
            assertThat(context).hasFailed();
            Throwable failure = context.getStartupFailure();
            assertThat(failure).rootCause().isInstanceOf(CoprConfigException.class)
                    .hasMessageContaining("copr.login holds an unresolved placeholder")
                    .hasMessageNotContaining("COPR_LOGIN_UNSET");
        });
    }

    @Test
    void valueStillHoldingAPlaceholderFailsNamingThePropertyNotTheValue() {
        runner.withPropertyValues("copr.login=apiLogin", "copr.token=" + TOKEN + "${").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause()
                    .hasMessageContaining("copr.token holds an unresolved placeholder")
                    .hasMessageNotContaining(TOKEN);
        });
    }

    @Test
    void placeholderWithEmptyDefaultFallsBackToTheClassicFile() throws IOException {
        writeClassicFile(home.resolve(".config/copr"));

        runner.withPropertyValues("copr.login=${COPR_LOGIN_UNSET:}", "copr.token=${COPR_TOKEN_UNSET:}").run(context -> {
            CoprClient client = context.getBean(CoprClient.class);
            assertThat(client.config().login()).isEqualTo("fileLogin");
            assertThat(client.config().token()).isEqualTo("fileToken");
        });
    }

    @Test
    void apiUrlFailsNamingThePropertyAndTheFrontendUrl() {
        runner.withPropertyValues("copr.url=https://copr.example.org/api_3/").run(context ->
                assertThat(analysis(context).getDescription())
                        .contains("copr.url 'https://copr.example.org/api_3/' is the API's address")
                        .contains("e.g. https://copr.example.org"));
    }

    @Test
    void configFileNoneIgnoresTheClassicFile() throws IOException {
        writeClassicFile(home.resolve(".config/copr"));

        runner.withPropertyValues("copr.config-file=none").run(context ->
                assertThat(context.getBean(CoprClient.class).config().hasCredentials()).isFalse());
    }

    @Test
    void sendsWithItsOwnEngineOverHttp11NotWithBootsRestClient() {
        copr.stubFor(get("/api_3/").willReturn(okJson("{\"version\": 3}")));
        runner.withPropertyValues("copr.url=" + copr.baseUrl())
                .withBean(RestClientCustomizer.class, () -> builder -> builder.defaultHeader("X-Customized", "by-boot"))
                .run(context -> {
                    assertThat(context.getBean(CoprClient.class).home().version()).isEqualTo(3);
                    copr.verify(getRequestedFor(urlEqualTo("/api_3/")).withoutHeader("X-Customized")
                            .withoutHeader("Upgrade").withHeader("User-Agent", matching("copr-spring-boot/.*")));
                    assertThat(copr.getAllServeEvents().get(0).getRequest().getProtocol()).isEqualTo("HTTP/1.1");
                });
    }

    @Test
    void appliesCoprClientCustomizers() {
        AtomicBoolean applied = new AtomicBoolean();
        runner.withBean(CoprClientCustomizer.class, () -> builder -> applied.set(true)).run(context -> {
            assertThat(context).hasSingleBean(CoprClient.class);
            assertThat(applied).isTrue();
        });
    }

    @Test
    void doesNotFollowRedirects() {
        copr.stubFor(get("/api_3/").willReturn(aResponse().withStatus(301).withHeader("Location", "https://elsewhere.example.org/api_3/")));
        runner.withPropertyValues("copr.url=" + copr.baseUrl()).run(context ->
                assertThatThrownBy(() -> context.getBean(CoprClient.class).home())
                        .isInstanceOf(CoprRequestException.class)
                        .hasMessageContaining("redirect to https://elsewhere.example.org/api_3/"));
    }

    @Test
    void startupSendsNoRequest() {
        runner.withPropertyValues("copr.url=" + copr.baseUrl(), "copr.login=l", "copr.token=t").run(context -> {
            assertThat(context).hasSingleBean(CoprClient.class);
            assertThat(copr.getAllServeEvents()).isEmpty();
        });
    }

    @Test
    void userBeansTakeTheirPlace() {
        CoprClient own = CoprClient.create(dev.copr.client.config.CoprConfig.builder().url("https://mine.example.org").build());
        runner.withBean(CoprClient.class, () -> own).run(context -> {
            assertThat(context).getBean(CoprClient.class).isSameAs(own);
            assertThat(context.getBean(BuildProxy.class)).isSameAs(own.builds());
        });
    }

    @Test
    void connectionDetailsBeanReplacesPropertiesAndFile() {
        runner.withPropertyValues("copr.url=https://ignored.example.org")
                .withBean(CoprConnectionDetails.class, () -> new TestConnectionDetails("http://127.0.0.1:8123"))
                .run(context -> assertThat(context.getBean(CoprClient.class).config().url())
                        .isEqualTo(URI.create("http://127.0.0.1:8123")));
    }

    @Test
    void connectionDetailsBeanIsDescribedByDefaultAsItsBean() {
        runner.withBean(CoprConnectionDetails.class, () -> new TestConnectionDetails("http://127.0.0.1:8123"))
                .run(context -> assertThat(context.getBean(CoprClient.class).describe())
                        .contains("the TestConnectionDetails bean has none"));
        runner.withPropertyValues("copr.read-timeout=0s")
                .withBean(CoprConnectionDetails.class, () -> new TestConnectionDetails("http://127.0.0.1:8123"))
                .run(context -> assertThat(analysis(context).getDescription())
                        .contains("(from TestConnectionDetails and copr.* properties): copr.read-timeout"));
    }

    @Test
    void connectionDetailsBeanNamesWhereItsCredentialsAndSettingsCameFrom() {
        CoprConnectionDetails vault = new TestConnectionDetails("http://127.0.0.1:8123", "vaultLogin", TOKEN, "jdoe") {
            @Override
            public String getCredentialsOrigin() {
                return "the vault's secret copr/api";
            }

            @Override
            public String getSource() {
                return "the vault and copr.* properties";
            }
        };
        runner.withBean(CoprConnectionDetails.class, () -> vault)
                .run(context -> assertThat(context.getBean(CoprClient.class).describe())
                        .contains("credentials from the vault's secret copr/api").doesNotContain(TOKEN));
        runner.withPropertyValues("copr.read-timeout=0s").withBean(CoprConnectionDetails.class, () -> vault)
                .run(context -> assertThat(analysis(context).getDescription())
                        .contains("(from the vault and copr.* properties): copr.read-timeout must be positive"));
    }

    @Test
    void disabledLeavesNoBeans() {
        runner.withPropertyValues("copr.enabled=false").run(context ->
                assertThat(context).doesNotHaveBean(CoprClient.class).doesNotHaveBean(BuildProxy.class));
    }

    @Test
    void malformedUrlFailsNamingTheProperty() {
        runner.withPropertyValues("copr.url=ftp://copr.example.org").run(context ->
                assertThat(analysis(context).getDescription()).contains("copr.url 'ftp://copr.example.org'")
                        .contains("not an http(s) URL"));
    }

    @Test
    void urlWithUserInfoFailsWithoutShowingIt() {
        runner.withPropertyValues("copr.url=ftp://user:s3cret@copr.example.org").run(context ->
                assertThat(analysis(context).getDescription()).contains("copr.url 'ftp://****@copr.example.org'")
                        .doesNotContain("s3cret"));
    }

    @Test
    void classicFileUrlWithUserInfoFailsWithoutShowingIt() throws IOException {
        Path file = home.resolve("copr-userinfo");
        Files.writeString(file, "[copr-cli]\ncopr_url = https://user:s3[cret@copr.example.org\n");
        runner.withPropertyValues("copr.config-file=" + file).run(context ->
                assertThat(analysis(context).getDescription()).contains(file.toString())
                        .contains("copr_url 'https://****@copr.example.org'").doesNotContain("s3"));
    }

    @Test
    void connectionDetailsDoNotShowUserInfoOfTheUrl() {
        CoprProperties properties = new CoprProperties();
        properties.setConfigFile(PropertiesCoprConnectionDetails.NO_CONFIG_FILE);
        properties.setUrl(URI.create("https://user:s3cret@copr.example.org"));

        assertThat(new PropertiesCoprConnectionDetails(properties, Map.<String, String>of()::get,
                name -> null).toString())
                .contains("url=https://****@copr.example.org").doesNotContain("s3cret");
    }

    @Test
    void tokenWithoutLoginFailsNamingBothPropertiesButNotTheToken() {
        runner.withPropertyValues("copr.token=" + TOKEN).run(context -> {
            FailureAnalysis analysis = analysis(context);
            assertThat(analysis.getDescription()).contains("copr.token is set but copr.login is empty")
                    .doesNotContain(TOKEN);
            assertThat(analysis.getAction()).contains("/api");
        });
    }

    @Test
    void tokenWithoutLoginFailsTheSameWithoutClassicFile() {
        runner.withPropertyValues("copr.config-file=none", "copr.token=" + TOKEN).run(context ->
                assertThat(analysis(context).getDescription()).contains("copr.token is set but copr.login is empty")
                        .doesNotContain(TOKEN));
    }

    @Test
    void missingExplicitConfigFileFailsNamingIt() {
        Path absent = home.resolve("no-such-copr-config");
        runner.withPropertyValues("copr.config-file=" + absent).run(context ->
                assertThat(analysis(context).getDescription()).contains(absent.toString()).contains("is missing"));
    }

    @Test
    void encryptedFileWithHttpUrlFailsNamingFileAndKey() throws IOException {
        Path file = home.resolve("copr-http");
        Files.writeString(file, "[copr-cli]\ncopr_url = http://copr.example.org\n");
        runner.withPropertyValues("copr.config-file=" + file).run(context ->
                assertThat(analysis(context).getDescription()).contains(file.toString()).contains("copr_url")
                        .contains("encrypted"));
    }

    @Test
    void toStringsHideCredentials() {
        runner.withPropertyValues("copr.login=apiLoginXyz", "copr.token=" + TOKEN).run(context -> {
            assertThat(context.getBean(CoprProperties.class).toString()).doesNotContain(TOKEN).doesNotContain("apiLoginXyz");
            assertThat(context.getBean(CoprConnectionDetails.class).toString()).doesNotContain(TOKEN);
            assertThat(context.getBean(CoprClient.class).toString()).doesNotContain(TOKEN);
        });
    }

    private static FailureAnalysis analysis(AssertableApplicationContext context) {
        assertThat(context).hasFailed();
        FailureAnalysis analysis = new CoprConfigFailureAnalyzer().analyze(context.getStartupFailure());
        assertThat(analysis).as("failure analysis of %s", context.getStartupFailure()).isNotNull();
        assertThat(analysis.getCause()).isInstanceOf(CoprConfigException.class);
        return analysis;
    }

    private Path writeClassicFile(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, """
                [copr-cli]
                login = fileLogin
                username = fileUser
                token = fileToken
                copr_url = https://copr.file.example.org
                """);
        return file;
    }
}
