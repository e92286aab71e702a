package dev.copr.autoconfigure.observation;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import dev.copr.autoconfigure.CoprAutoConfiguration;
import dev.copr.autoconfigure.CoprClientCustomizer;
import dev.copr.client.CoprClient;
import dev.copr.client.observation.CoprRequestObservationContext;
import dev.copr.client.observation.CoprRequestObservationConvention;
import dev.copr.client.observation.DefaultCoprRequestObservationConvention;

import java.time.LocalDate;
import java.time.ZoneOffset;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.ResolvableType;

class CoprObservationAutoConfigurationTest {

    @RegisterExtension
    static WireMockExtension copr = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(CoprAutoConfiguration.class, CoprObservationAutoConfiguration.class))
            .withPropertyValues("copr.config-file=none");

    private final ApplicationContextRunner withMetrics = runner.withConfiguration(AutoConfigurations.of(
            MetricsAutoConfiguration.class, SimpleMetricsExportAutoConfiguration.class));

    private ApplicationContextRunner withToken(ApplicationContextRunner runner, String... properties) {
        return runner.withPropertyValues("copr.url=" + copr.baseUrl(), "copr.login=apiLogin", "copr.token=apiToken")
                .withPropertyValues(properties);
    }

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
    void applicationCustomizersComeAfterItAndMaySetAnotherRegistry() {
        copr.stubFor(get("/api_3/").willReturn(okJson("{\"version\": 3}")));
        TestObservationRegistry contexts = TestObservationRegistry.create();
        TestObservationRegistry own = TestObservationRegistry.create();

        runner.withPropertyValues("copr.url=" + copr.baseUrl()).withBean(ObservationRegistry.class, () -> contexts)
                .withBean(CoprClientCustomizer.class, () -> builder -> builder.observationRegistry(own))
                .run(context -> context.getBean(CoprClient.class).home());

        TestObservationRegistryAssert.assertThat(own).hasObservationWithNameEqualTo("copr.client.requests");
        TestObservationRegistryAssert.assertThat(contexts).doesNotHaveAnyObservation();
    }

    @Test
    void noObservationCustomizerWithoutRegistry() {
        runner.run(context -> assertThat(context).doesNotHaveBean("coprObservationCustomizer"));
    }

    @Test
    void registersTheUploadSizeHandler() {
        runner.run(context -> assertThat(context.getBeanNamesForType(ResolvableType.forClassWithGenerics(
                ObservationHandler.class, CoprRequestObservationContext.class)))
                .containsExactly("coprUploadSizeObservationHandler"));
    }

    @Test
    void nothingWithoutClient() {
        runner.withPropertyValues("copr.enabled=false").withBean(ObservationRegistry.class, ObservationRegistry::create)
                .run(context -> assertThat(context).doesNotHaveBean("coprObservationCustomizer")
                        .doesNotHaveBean("coprUploadSizeObservationHandler")
                        .doesNotHaveBean("coprTokenRemainingMeterBinder"));
    }

    @Test
    void gaugeReportsTheDaysLeftOfTheToken() {
        withToken(withMetrics, "copr.token-expiration=" + today().plusDays(9)).run(context -> {
            Gauge gauge = context.getBean(MeterRegistry.class).get("copr.client.token.remaining").gauge();
            assertThat(gauge.value()).isEqualTo(10.0);
            assertThat(gauge.getId().getBaseUnit()).isEqualTo("days");
        });
    }

    @Test
    void gaugeIsNaNWhileTheExpirationIsUnknown() {
        withToken(withMetrics).run(context -> assertThat(context.getBean(MeterRegistry.class)
                .get("copr.client.token.remaining").gauge().value()).isNaN());
    }

    @Test
    void noGaugeForAnonymousAccess() {
        withMetrics.run(context -> assertThat(context.getBean(MeterRegistry.class)
                .find("copr.client.token.remaining").gauge()).isNull());
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }
}
