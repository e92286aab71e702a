package dev.copr.autoconfigure;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import dev.copr.client.build.BuildOptions;
import dev.copr.client.build.BuildProxy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Health and metrics of the Copr client as a user reads them over HTTP from the actuator. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "copr.config-file=none", "copr.login=apiLogin", "copr.token=actuatorTokenValue",
        "copr.token-expiration=2099-12-31",
        "management.endpoints.web.exposure.include=health,metrics,env",
        "management.endpoint.health.show-details=always", "management.endpoint.env.show-values=always",
        "sun.java.command=dev.copr.App --copr.login=apiLogin --copr.token=actuatorTokenValue",
        "SPRING_APPLICATION_JSON={\"copr\": {\"login\": \"apiLogin\", \"token\": \"actuatorTokenValue\"}}"})
class CoprActuatorTest {

    @RegisterExtension
    static WireMockExtension copr = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort())
            .resetOnEachTest(false).build();

    @DynamicPropertySource
    static void coprUrl(DynamicPropertyRegistry registry) {
        copr.stubFor(get("/api_3/auth-check").willReturn(okJson("{\"id\": 1, \"name\": \"jdoe\"}")));
        copr.stubFor(get("/api_3/build/42").willReturn(okJson("{\"id\": 42, \"state\": \"succeeded\"}")));
        copr.stubFor(post("/api_3/build/create/upload").willReturn(okJson("{\"id\": 43, \"state\": \"pending\"}")));
        registry.add("copr.url", copr::baseUrl);
    }

    @LocalServerPort
    int port;

    @Autowired
    BuildProxy builds;

    @Test
    void healthEndpointShowsCopr() throws Exception {
        String health = read("/actuator/health/copr");

        assertThat(health).contains("\"status\":\"UP\"").contains("\"user\":\"jdoe\"").doesNotContain("actuatorTokenValue")
                .contains("\"tokenExpires\":\"2099-12-31\"").contains("\"tokenDaysLeft\":");
    }

    @Test
    void metricsEndpointShowsTheDaysLeftOfTheToken() throws Exception {
        String metric = read("/actuator/metrics/copr.client.token.remaining");

        assertThat(metric).contains("\"baseUnit\":\"days\"").contains("\"statistic\":\"VALUE\"");
    }

    @Test
    void metricsEndpointShowsCoprRequestTimersWithTheirTags() throws Exception {
        builds.get(42);

        String metric = read("/actuator/metrics/copr.client.requests?tag=operation:build.get");

        assertThat(metric).contains("\"name\":\"copr.client.requests\"").contains("\"statistic\":\"COUNT\"")
                .contains("\"tag\":\"outcome\"").contains("SUCCESS").contains("\"tag\":\"status\"");
    }

    @Test
    void metricsEndpointShowsTheSizeOfUploads(@TempDir Path dir) throws Exception {
        Path srpm = Files.write(dir.resolve("hello-1.0-1.src.rpm"), new byte[1234]);

        builds.createFromFile("jdoe", "hello", srpm, BuildOptions.none());

        assertThat(read("/actuator/metrics/copr.client.upload.size"))
                .contains("\"baseUnit\":\"bytes\"").contains("{\"statistic\":\"TOTAL\",\"value\":1234.0}");
    }

    @Test
    void envEndpointMasksTheToken() throws Exception {
        String env = read("/actuator/env/copr.token");

        assertThat(env).doesNotContain("actuatorTokenValue").contains("******");
    }

    @Test
    void envEndpointMasksEveryValueHoldingTheCredentials() throws Exception {
        String env = read("/actuator/env");

        assertThat(env).doesNotContain("actuatorTokenValue").doesNotContain("apiLogin")
                .contains("\"sun.java.command\":{\"value\":\"******\"")
                .contains("\"SPRING_APPLICATION_JSON\":{\"value\":\"******\"");
    }

    private String read(String path) throws IOException, InterruptedException {
        return ActuatorReader.read(port, path);
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class App {
    }
}
