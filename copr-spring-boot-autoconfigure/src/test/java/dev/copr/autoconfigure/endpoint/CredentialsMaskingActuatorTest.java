package dev.copr.autoconfigure.endpoint;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import dev.copr.autoconfigure.ActuatorReader;
import dev.copr.autoconfigure.CoprConnectionDetails;
import dev.copr.autoconfigure.TestConnectionDetails;
import dev.copr.client.CoprClient;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.MapPropertySource;

/**
 * The actuator's {@code env} and {@code configprops}, read over HTTP with every value shown, never show
 * a configured or current Copr login or token, in whatever property or longer value it appears.
 */
class CredentialsMaskingActuatorTest {

    @RegisterExtension
    static WireMockExtension copr = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @TempDir
    Path dir;

    private ConfigurableApplicationContext context;

    @AfterEach
    void stop() {
        if (context != null) {
            context.close();
        }
    }

    @Test
    void propertiesMode() throws Exception {
        start(Map.of("copr.login", "propLoginXyz", "copr.token", "propTokenValue",
                "sun.java.command", "dev.copr.App --copr.login=propLoginXyz --copr.token=propTokenValue",
                "app.note", "deployed with propTokenValue"));

        assertMasked("propLoginXyz", "propTokenValue");
    }

    @Test
    void classicConfigFileMode() throws Exception {
        Path file = Files.writeString(dir.resolve("copr"), """
                [copr-cli]
                login = fileLoginXyz
                username = jdoe
                token = fileTokenValue
                """);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));

        start(Map.of("copr.config-file", file.toString(), "app.note", "copied fileTokenValue by hand",
                "deploy.user", "fileLoginXyz at work"));

        assertMasked("fileLoginXyz", "fileTokenValue");
    }

    @Test
    void stubModeWithTheTokenOnTheCommandLine() throws Exception {
        // The stub's connection details are active: the configured token is not theirs, and is masked all the same
        start(Map.of("sun.java.command", "dev.copr.App --copr.login=cliLoginXyz --copr.token=cliTokenValue",
                "app.note", "the stub is tested with stubTokenValue"), StubConnection.class,
                "--copr.login=cliLoginXyz", "--copr.token=cliTokenValue");

        assertMasked("cliLoginXyz", "cliTokenValue", "stubLoginXyz", "stubTokenValue");
    }

    @Test
    void renewedToken() throws Exception {
        copr.stubFor(post("/api_3/api-token").willReturn(okJson(
                "{\"api_login\": \"renewedLoginXyz\", \"api_token\": \"renewedTokenValue\", \"expiration\": \"2027-06-01\"}")));
        start(Map.of("copr.login", "propLoginXyz", "copr.token", "propTokenValue", "app.note", "propLoginXyz"));

        context.getBean(CoprClient.class).renewApiToken();
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("later",
                Map.of("app.last-renewal", "renewed to renewedTokenValue for renewedLoginXyz")));

        assertMasked("propLoginXyz", "propTokenValue", "renewedLoginXyz", "renewedTokenValue");
        assertThat(read("/actuator/env/app.last-renewal")).contains("\"value\":\"******\"");
    }

    private void start(Map<String, Object> properties) {
        start(properties, App.class);
    }

    /** The application with {@code properties} as defaults, started with {@code args} on its command line. */
    private void start(Map<String, Object> properties, Class<?> configuration, String... args) {
        Map<String, Object> all = new HashMap<>(properties);
        all.put("server.port", "0");
        all.put("copr.url", copr.baseUrl());
        all.putIfAbsent("copr.config-file", "none");
        all.put("management.endpoints.web.exposure.include", "env,configprops");
        all.put("management.endpoint.env.show-values", "always");
        all.put("management.endpoint.configprops.show-values", "always");
        context = new SpringApplicationBuilder(App.class, configuration).properties(all).run(args);
    }

    private void assertMasked(String... credentials) throws Exception {
        String env = read("/actuator/env");
        String configprops = read("/actuator/configprops");
        for (String credential : credentials) {
            assertThat(env).as("env").doesNotContain(credential);
            assertThat(configprops).as("configprops").doesNotContain(credential);
        }
        assertThat(env).contains("\"app.note\":{\"value\":\"******\"");
        assertThat(configprops).contains("\"note\":\"******\"");
    }

    private String read(String path) throws IOException, InterruptedException {
        return ActuatorReader.read(((WebServerApplicationContext) context).getWebServer().getPort(), path);
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    @EnableConfigurationProperties(Note.class)
    static class App {
    }

    /** Another bean's properties, bound from {@code app.*}, that may hold a credential. */
    @ConfigurationProperties("app")
    record Note(String note) {
    }

    /** Connection details as a test stub gives them, with credentials of its own. */
    @Configuration(proxyBeanMethods = false)
    static class StubConnection {

        @Bean
        CoprConnectionDetails stubConnectionDetails() {
            return new TestConnectionDetails(copr.baseUrl(), "stubLoginXyz", "stubTokenValue", "tester");
        }
    }
}
