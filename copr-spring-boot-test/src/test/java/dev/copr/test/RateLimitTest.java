package dev.copr.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.copr.client.CoprClient;
import dev.copr.client.config.RetryOptions;
import dev.copr.client.exception.CoprRateLimitException;
import dev.copr.client.project.Project;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The stub told to rate-limit: 429 with Retry-After, the request not processed, then answers again. */
class RateLimitTest {

    private static final List<String> RAWHIDE = List.of("fedora-rawhide-x86_64");
    /** Short waits: a Retry-After of seconds is cut to 20 ms, so the tests do not sleep for long. */
    private static final RetryOptions QUICK_RETRIES = RetryOptions.builder().maxAttempts(4)
            .initialDelay(Duration.ofMillis(10)).maxDelay(Duration.ofMillis(20)).build();

    private final CoprStub copr = CoprStub.start();
    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void stop() {
        copr.close();
    }

    private CoprClient client(RetryOptions retry) {
        return CoprClient.create(copr.clientConfig().toBuilder().retry(retry).build());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(copr.url() + "/api_3" + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void answersTheNextRequestsWith429AndRetryAfterInSecondsThenAnswersAgain() throws Exception {
        copr.rateLimit(2, Duration.ofMillis(2500));

        HttpResponse<String> first = get("/");
        HttpResponse<String> second = get("/");
        HttpResponse<String> third = get("/");

        assertThat(first.statusCode()).isEqualTo(429);
        assertThat(first.headers().firstValue("Retry-After")).contains("3");
        assertThat(first.headers().firstValue("Content-Type")).contains("application/json");
        assertThat(first.body()).isEqualTo("{\"error\":\"" + RateLimit.MESSAGE + "\"}");
        assertThat(second.statusCode()).isEqualTo(429);
        assertThat(third.statusCode()).isEqualTo(200);
        assertThat(third.headers().firstValue("Retry-After")).isEmpty();
        assertThat(copr.requests()).extracting(RecordedRequest::status).containsExactly(429, 429, 200);
    }

    @Test
    void sendsNoRetryAfterWhenToldNotTo() throws Exception {
        copr.rateLimit(1);

        HttpResponse<String> refused = get("/");

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).isEmpty();
    }

    @Test
    void doesNotProcessARateLimitedRequest() {
        copr.rateLimit(1, Duration.ofSeconds(30));
        CoprClient tester = client(RetryOptions.disabled());

        catchThrowableOfType(CoprRateLimitException.class, () -> tester.projects().add("tester", "demo", RAWHIDE));

        assertThat(client(RetryOptions.disabled()).projects().getList("tester").items()).isEmpty();
    }

    @Test
    void aClientRetriesAWriteUntilTheLimitEnds() {
        copr.rateLimit(2, Duration.ofSeconds(30));

        Project added = client(QUICK_RETRIES).projects().add("tester", "demo", RAWHIDE);

        assertThat(added.name()).isEqualTo("demo");
        assertThat(copr.requests("POST", "/project/add/tester")).extracting(RecordedRequest::status)
                .containsExactly(429, 429, 200);
    }

    @Test
    void aClientGivesUpSayingWhenToRetry() {
        copr.rateLimit(10, Duration.ofSeconds(30));

        CoprRateLimitException e = catchThrowableOfType(CoprRateLimitException.class,
                () -> client(QUICK_RETRIES).builds().get(1));

        assertThat(e.getStatus()).isEqualTo(429);
        assertThat(e.getCoprError()).isEqualTo(RateLimit.MESSAGE);
        assertThat(e.retryAfter()).isPresent();
        assertThat(e).hasMessageStartingWith("Copr is rate limiting requests: it answered HTTP 429 to GET /api_3/build/1");
        assertThat(copr.requests()).hasSize(3);
    }

    @Test
    void resetEndsTheLimit() throws Exception {
        copr.rateLimit(5, Duration.ofSeconds(30));

        copr.reset();

        assertThat(get("/").statusCode()).isEqualTo(200);
    }
}
