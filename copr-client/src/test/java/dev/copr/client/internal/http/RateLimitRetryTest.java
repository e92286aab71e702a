package dev.copr.client.internal.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aMultipart;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.binaryEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.ScenarioMappingBuilder;

import dev.copr.client.CoprWireMock;
import dev.copr.client.FakeTime;
import dev.copr.client.config.RetryOptions;
import dev.copr.client.exception.CoprRateLimitException;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;

import io.micrometer.observation.tck.TestObservationRegistry;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** HTTP 429: retried for every method, after Copr's Retry-After or the backoff, within the retry settings. */
class RateLimitRetryTest {

    private static final RetryOptions FOUR_ATTEMPTS = RetryOptions.builder().maxAttempts(4)
            .initialDelay(Duration.ofSeconds(1)).multiplier(2.0).maxDelay(Duration.ofSeconds(60)).build();
    private static final String TOO_MANY = "{\"error\": \"Too many requests, slow down\"}";

    @RegisterExtension
    static final CoprWireMock copr = CoprWireMock.create();

    @TempDir
    Path dir;

    private final FakeTime time = new FakeTime();
    private final TestObservationRegistry observations = TestObservationRegistry.create();
    private final CoprRequest getBuild = CoprRequest.get("build.get", "/build/{id}", 7);
    private final CoprRequest createBuild = CoprRequest.post("build.create_from_url", "/build/create/url")
            .withJson(Map.of("ownername", "jdoe"));

    private CoprTransport transport(RetryOptions retry) {
        return new CoprTransport(copr.config().retry(retry).build(), HttpClient::newHttpClient, observations, null,
                time, time::sleep);
    }

    private static ResponseDefinitionBuilder tooManyRequests() {
        return aResponse().withStatus(429).withHeader("Content-Type", "application/json").withBody(TOO_MANY);
    }

    /** {@code request} is answered by each of {@code answers} in turn; the last one repeats. */
    private static void answers(Supplier<MappingBuilder> request, ResponseDefinitionBuilder... answers) {
        for (int i = 0; i < answers.length; i++) {
            ScenarioMappingBuilder step = request.get().inScenario("rate limit")
                    .whenScenarioStateIs(i == 0 ? STARTED : "answer " + i).willReturn(answers[i]);
            copr.stubFor(i < answers.length - 1 ? step.willSetStateTo("answer " + (i + 1)) : step);
        }
    }

    @Test
    void waitsTheSecondsOfRetryAfterThenRetries() {
        answers(() -> get("/api_3/build/7"), tooManyRequests().withHeader("Retry-After", "7"), okJson("{\"id\": 7}"));

        Map<String, Object> build = transport(FOUR_ATTEMPTS).execute(getBuild, Map.class);

        assertThat(build).containsEntry("id", 7);
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(7));
        copr.verify(2, getRequestedFor(urlEqualTo("/api_3/build/7")));
    }

    @Test
    void waitsUntilTheHttpDateOfRetryAfterThenRetries() {
        // FakeTime.START is 2026-11-25T10:00:00Z
        answers(() -> get("/api_3/build/7"),
                tooManyRequests().withHeader("Retry-After", "Wed, 25 Nov 2026 10:00:20 GMT"), okJson("{\"id\": 7}"));

        transport(FOUR_ATTEMPTS).execute(getBuild, Map.class);

        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(20));
        copr.verify(2, getRequestedFor(urlEqualTo("/api_3/build/7")));
    }

    @Test
    void waitsNoLongerThanMaxDelayWhateverRetryAfterAsks() {
        answers(() -> get("/api_3/build/7"), tooManyRequests().withHeader("Retry-After", "3600"), okJson("{\"id\": 7}"));

        transport(FOUR_ATTEMPTS.toBuilder().maxDelay(Duration.ofSeconds(10)).build()).execute(getBuild, Map.class);

        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(10));
    }

    @Test
    void backsOffAsForOtherRetriesWithoutRetryAfter() {
        answers(() -> get("/api_3/build/7"), tooManyRequests(), tooManyRequests(), okJson("{\"id\": 7}"));

        transport(FOUR_ATTEMPTS).execute(getBuild, Map.class);

        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
        copr.verify(3, getRequestedFor(urlEqualTo("/api_3/build/7")));
    }

    @Test
    void retriesAtOnceWhenTheHttpDateHasPassed() {
        answers(() -> get("/api_3/build/7"),
                tooManyRequests().withHeader("Retry-After", "Wed, 25 Nov 2026 09:59:00 GMT"), okJson("{\"id\": 7}"));

        transport(FOUR_ATTEMPTS).execute(getBuild, Map.class);

        assertThat(time.sleeps()).containsExactly(Duration.ZERO);
    }

    @Test
    void backsOffWhenRetryAfterIsNeitherSecondsNorAnHttpDate() {
        answers(() -> get("/api_3/build/7"), tooManyRequests().withHeader("Retry-After", "soon"),
                okJson("{\"id\": 7}"));

        transport(FOUR_ATTEMPTS).execute(getBuild, Map.class);

        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(1));
    }

    @Test
    void retriesAPostWithTheSameBody() {
        answers(() -> post("/api_3/build/create/url"), tooManyRequests().withHeader("Retry-After", "1"),
                okJson("{\"id\": 201}"));

        Map<String, Object> build = transport(FOUR_ATTEMPTS).execute(createBuild, Map.class);

        assertThat(build).containsEntry("id", 201);
        copr.verify(2, postRequestedFor(urlEqualTo("/api_3/build/create/url"))
                .withRequestBody(equalToJson("{\"ownername\": \"jdoe\"}")));
    }

    @Test
    void retriesAnUploadStreamingTheFileAgain() throws IOException {
        byte[] content = "RPM bytes".getBytes(StandardCharsets.US_ASCII);
        Path srpm = Files.write(dir.resolve("hello-2.8-1.fc41.src.rpm"), content);
        answers(() -> post("/api_3/build/create/upload"), tooManyRequests().withHeader("Retry-After", "1"),
                okJson("{\"id\": 202}"));
        CoprRequest upload = CoprRequest.post("build.create_from_file", "/build/create/upload")
                .withJson(Map.of("ownername", "jdoe")).withFile(new FilePart("pkgs", srpm, "application/x-rpm", null));

        Map<String, Object> build = transport(FOUR_ATTEMPTS).execute(upload, Map.class);

        assertThat(build).containsEntry("id", 202);
        copr.verify(2, postRequestedFor(urlEqualTo("/api_3/build/create/upload"))
                .withRequestBodyPart(aMultipart("pkgs").withBody(binaryEqualTo(content)).build()));
    }

    @Test
    void saysCoprIsRateLimitingAndWhenToRetryOnceTheAttemptsRunOut() {
        copr.stubFor(post("/api_3/build/create/url").willReturn(tooManyRequests().withHeader("Retry-After", "30")));

        CoprRateLimitException e = catchThrowableOfType(CoprRateLimitException.class,
                () -> transport(FOUR_ATTEMPTS).execute(createBuild, Map.class));

        assertThat(e).hasMessage("Copr is rate limiting requests: it answered HTTP 429 to POST /api_3/build/create/url:"
                + " Too many requests, slow down; retry after 2026-11-25T10:01:30Z (gave up after 3 requests"
                + " (maxAttempts 4; Spring Boot: copr.retry.max-attempts))");
        assertThat(e.getStatus()).isEqualTo(429);
        assertThat(e.getCoprError()).isEqualTo("Too many requests, slow down");
        assertThat(e.retryAfter()).contains(FakeTime.START.plusSeconds(90));
        assertThat(e).hasCauseInstanceOf(CoprRateLimitException.class);
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(30), Duration.ofSeconds(30));
        copr.verify(3, postRequestedFor(urlEqualTo("/api_3/build/create/url")));
    }

    @Test
    void saysCoprDidNotSayWhenToRetryWithoutRetryAfter() {
        copr.stubFor(get("/api_3/build/7").willReturn(tooManyRequests()));

        CoprRateLimitException e = catchThrowableOfType(CoprRateLimitException.class,
                () -> transport(RetryOptions.disabled()).execute(getBuild, Map.class));

        assertThat(e).hasMessage("Copr is rate limiting requests: it answered HTTP 429 to GET /api_3/build/7:"
                + " Too many requests, slow down; it did not say when to retry (no Retry-After) (gave up after"
                + " 1 request (maxAttempts 1; Spring Boot: copr.retry.max-attempts))");
        assertThat(e.retryAfter()).isEmpty();
        copr.verify(1, getRequestedFor(urlEqualTo("/api_3/build/7")));
    }

    @Test
    void waitsForNoRetryThatWouldEndAfterTheCallsTimeLimit() {
        copr.stubFor(get("/api_3/build/7").willReturn(tooManyRequests().withHeader("Retry-After", "30")));

        CoprRateLimitException e = catchThrowableOfType(CoprRateLimitException.class,
                () -> transport(FOUR_ATTEMPTS).execute(getBuild, Map.class, Duration.ofSeconds(20)));

        assertThat(e).hasMessageEndingWith("; retry after 2026-11-25T10:00:30Z (gave up at once: waiting PT30S would"
                + " end after the time limit of the call (PT20S))");
        assertThat(time.sleeps()).isEmpty();
        copr.verify(1, getRequestedFor(urlEqualTo("/api_3/build/7")));
    }

    @Test
    void observesEachRateLimitedAttemptWithItsStatusAndException() {
        answers(() -> get("/api_3/build/7"), tooManyRequests().withHeader("Retry-After", "1"), okJson("{\"id\": 7}"));

        transport(FOUR_ATTEMPTS).execute(getBuild, Map.class);

        io.micrometer.observation.tck.TestObservationRegistryAssert.assertThat(observations)
                .hasNumberOfObservationsWithNameEqualTo("copr.client.requests", 2)
                .hasAnObservation(observation -> observation.hasLowCardinalityKeyValue("status", "429")
                        .hasLowCardinalityKeyValue("outcome", "CLIENT_ERROR")
                        .hasLowCardinalityKeyValue("exception", "CoprRateLimitException"))
                .hasAnObservation(observation -> observation.hasLowCardinalityKeyValue("status", "200"));
    }
}
