package dev.copr.autoconfigure;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import dev.copr.client.CoprClient;
import dev.copr.client.observation.CoprRequestObservationContext;
import dev.copr.client.observation.DefaultCoprRequestObservationConvention;
import dev.copr.client.observation.CoprRequestObservationConvention;

import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class CoprObservationAndHealthAutoConfigurationTest {

    @RegisterExtension
    static WireMockExtension copr = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(CoprAutoConfiguration.class, CoprHealthContributorAutoConfiguration.class))
            .withPropertyValues("copr.config-file=none");

    @Test
    void observesRequestsInTheContextsRegistry() {
        copr.stubFor(get("/api_3/").willReturn(okJson("{\"version\": 3}")));
        TestObservationRegistry registry = TestObservationRegistry.create();

        runner.withPropertyValues("copr.url=" + copr.baseUrl()).withBean(ObservationRegistry.class, () -> registry)
                .run(context -> {
                    context.getBean(CoprClient.class).home();
                    TestObservationRegistryAssert.assertThat(registry)
                            .hasObservationWithNameEqualTo("copr.client.requests").that()
                            .hasLowCardinalityKeyValue("operation", "base.home");
                });
    }

    @Test
    void conventionBeanReplacesTheDefault() {
        copr.stubFor(get("/api_3/").willReturn(okJson("{\"version\": 3}")));
        TestObservationRegistry registry = TestObservationRegistry.create();
        CoprRequestObservationConvention renamed = new DefaultCoprRequestObservationConvention() {
            @Override
            public String getName() {
                return "builds.service.copr";
            }
        };

        runner.withPropertyValues("copr.url=" + copr.baseUrl()).withBean(ObservationRegistry.class, () -> registry)
                .withBean(CoprRequestObservationConvention.class, () -> renamed)
                .run(context -> {
                    context.getBean(CoprClient.class).home();
                    TestObservationRegistryAssert.assertThat(registry)
                            .hasObservationWithNameEqualTo("builds.service.copr");
                });
    }

    @Test
    void registersTheUploadSizeHandler() {
        runner.run(context -> assertThat(context.getBeanNamesForType(
                org.springframework.core.ResolvableType.forClassWithGenerics(io.micrometer.observation.ObservationHandler.class,
                        CoprRequestObservationContext.class))).containsExactly("coprUploadSizeObservationHandler"));
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
}
