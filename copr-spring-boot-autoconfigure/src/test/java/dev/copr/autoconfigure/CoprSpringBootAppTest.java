package dev.copr.autoconfigure;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import dev.copr.client.build.Build;
import dev.copr.client.build.BuildProxy;
import dev.copr.client.build.BuildState;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest(properties = {"copr.config-file=none", "copr.login=apiLogin", "copr.token=apiToken"})
class CoprSpringBootAppTest {

    @RegisterExtension
    static WireMockExtension copr = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @DynamicPropertySource
    static void coprUrl(DynamicPropertyRegistry registry) {
        registry.add("copr.url", copr::baseUrl);
    }

    @Autowired
    BuildProxy builds;

    @Test
    void injectedProxyTalksToTheConfiguredCopr() {
        copr.stubFor(get("/api_3/build/42").willReturn(okJson("{\"id\": 42, \"state\": \"succeeded\"}")));

        Build build = builds.get(42);

        assertThat(build.state()).isEqualTo(BuildState.SUCCEEDED);
        copr.verify(getRequestedFor(urlEqualTo("/api_3/build/42")).withHeader("User-Agent", matching("copr-spring-boot/\\S+ Java/\\S+"))
                .withHeader("Authorization", absent()));
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class App {
    }
}
