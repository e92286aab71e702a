package dev.copr.autoconfigure.observation;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import dev.copr.client.CoprClient;

import io.micrometer.core.instrument.MeterRegistry;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Boot's own switch turns the Copr request observation off, as docs/spring-boot.md says; Copr requests are
 * observed once, as copr.client.requests, not also by Boot's RestClient as http.client.requests.
 */
@SpringBootTest(properties = {"copr.config-file=none", "management.observations.enable.copr.client.requests=false"})
class CoprObservationSwitchTest {

    @RegisterExtension
    static WireMockExtension copr = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort())
            .resetOnEachTest(false).build();

    @DynamicPropertySource
    static void coprUrl(DynamicPropertyRegistry registry) {
        copr.stubFor(get("/api_3/").willReturn(okJson("{\"version\": 3}")));
        registry.add("copr.url", copr::baseUrl);
    }

    @Autowired
    CoprClient client;

    @Autowired
    MeterRegistry meters;

    @Test
    void switchedOffObservationRecordsNoTimer() {
        client.home();

        assertThat(meters.find("copr.client.requests").timer()).isNull();
        assertThat(meters.find("http.client.requests").timer()).isNull();
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class App {
    }
}
