package dev.copr.client.observation;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static io.micrometer.observation.tck.TestObservationRegistryAssert.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.copr.client.CoprClient;
import dev.copr.client.CoprWireMock;
import dev.copr.client.config.RetryOptions;

import io.micrometer.common.KeyValues;
import io.micrometer.observation.tck.TestObservationRegistry;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RequestObservationTest {

    @RegisterExtension
    static final CoprWireMock copr = CoprWireMock.create();

    private final TestObservationRegistry registry = TestObservationRegistry.create();

    private CoprClient client(CoprRequestObservationConvention convention) {
        return CoprClient.builder(copr.anonymousConfig().retry(RetryOptions.disabled()).build())
                .observationRegistry(registry).observationConvention(convention).build();
    }

    @Test
    void observesASuccessfulRequestWithBoundedTags() {
        copr.stubFor(get("/api_3/build/42").willReturn(okJson("{\"id\": 42, \"state\": \"running\"}")));

        client(null).builds().get(42);

        assertThat(registry).hasObservationWithNameEqualTo("copr.client.requests").that()
                .hasContextualNameEqualTo("copr build.get")
                .hasLowCardinalityKeyValue("operation", "build.get")
                .hasLowCardinalityKeyValue("method", "GET")
                .hasLowCardinalityKeyValue("uri", "/build/{build_id}")
                .hasLowCardinalityKeyValue("status", "200")
                .hasLowCardinalityKeyValue("outcome", "SUCCESS")
                .hasLowCardinalityKeyValue("exception", "none")
                .hasHighCardinalityKeyValue("url", copr.baseUrl() + "/api_3/build/42")
                .hasBeenStarted().hasBeenStopped();
    }

    @Test
    void observesCoprErrorsWithStatusOutcomeAndException() {
        copr.stubFor(get("/api_3/build/7").willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json").withBody("{\"error\": \"Build 7 does not exist.\"}")));

        catchThrowable(() -> client(null).builds().get(7));

        assertThat(registry).hasObservationWithNameEqualTo("copr.client.requests").that()
                .hasLowCardinalityKeyValue("status", "404")
                .hasLowCardinalityKeyValue("outcome", "CLIENT_ERROR")
                .hasLowCardinalityKeyValue("exception", "CoprNoResultException")
                .hasError();
    }

    @Test
    void customConventionReplacesTheDefault() {
        copr.stubFor(get("/api_3/").willReturn(okJson("{\"version\": 3}")));
        CoprRequestObservationConvention custom = new DefaultCoprRequestObservationConvention() {
            @Override
            public String getName() {
                return "my.copr";
            }

            @Override
            public KeyValues getLowCardinalityKeyValues(CoprRequestObservationContext context) {
                return KeyValues.of("op", context.getOperation());
            }
        };

        client(custom).home();

        assertThat(registry).hasObservationWithNameEqualTo("my.copr").that()
                .hasLowCardinalityKeyValue("op", "base.home")
                .doesNotHaveLowCardinalityKeyValueWithKey("operation");
    }
}
