package dev.copr.client.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.copr.client.CoprClient;
import dev.copr.client.config.CoprConfig;
import dev.copr.client.config.RetryOptions;
import dev.copr.client.exception.CoprException;
import dev.copr.client.exception.CoprRequestException;
import dev.copr.client.exception.CoprTimeoutException;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/**
 * Answers built to exhaust the client, from a raw-socket server: bodies that never end, error pages
 * of gigabytes, bodies that trickle, and nothing at all. Each call ends in bounded time with a
 * {@link CoprException} naming the request, and downloads little of what was offered.
 */
class HostileAnswerFaultTest {

    private static final String BUILD_ITEM = "{\"id\": 1, \"state\": \"succeeded\", \"ownername\": \"@copr\","
            + " \"projectname\": \"copr-dev\", \"source_package\": {\"name\": \"hello\", \"version\": \"1.0-1\"}},";

    private static CoprConfig.Builder config(HostileCopr copr) {
        return CoprConfig.builder().url(copr.url()).credentials(TokenWatch.LOGIN, TokenWatch.TOKEN)
                .retry(FaultFixtures.QUICK_RETRIES);
    }

    private static CoprException call(CoprConfig config) {
        return catchThrowableOfType(CoprException.class, () -> CoprClient.create(config).builds().get(7));
    }

    @Test
    void endlessErrorPageIsReadUpToItsExcerptAndDropped() throws IOException {
        try (HostileCopr copr = HostileCopr.start(HostileCopr.endless(503, "text/html", "<html><title>Busy</title>",
                "<p>still busy</p>"))) {
            long start = System.nanoTime();

            CoprException e = call(config(copr).build());

            assertThat(e).isExactlyInstanceOf(CoprRequestException.class);
            assertThat(e.getStatus()).isEqualTo(503);
            assertThat(e.getCoprError()).isEqualTo("Busy");
            assertThat(e.getRequest()).isEqualTo("GET /api_3/build/7");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
            assertThat(copr.requests()).isEqualTo(3);
            assertThat(copr.bytesSent()).isLessThan(3 * (16L << 20));
        }
    }

    @Test
    void twoGibErrorBodyIsNotDownloaded() throws IOException {
        try (HostileCopr copr = HostileCopr.start(HostileCopr.huge(500, "text/plain", 2L << 30))) {
            long start = System.nanoTime();

            CoprException e = call(config(copr).build());

            assertThat(e).isExactlyInstanceOf(CoprRequestException.class);
            assertThat(e.getStatus()).isEqualTo(500);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
            assertThat(copr.requests()).isEqualTo(1);
            assertThat(copr.bytesSent()).isLessThan(16L << 20);
        }
    }

    @Test
    void drippingAnswerEndsAtTheResponseTimeoutAndIsNotRetried() throws IOException {
        try (HostileCopr copr = HostileCopr.start(HostileCopr.drip(Duration.ofMillis(50)))) {
            long start = System.nanoTime();

            CoprException e = call(config(copr).readTimeout(Duration.ofSeconds(1))
                    .responseTimeout(Duration.ofMillis(1500)).build());

            assertThat(e).isExactlyInstanceOf(CoprTimeoutException.class);
            assertThat(e.getMessage()).isEqualTo("Copr request GET /api_3/build/7 timed out: response timeout"
                    + " (responseTimeout, PT1.5S) exceeded: the answer was not complete within PT1.5S (reading the answer)");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(Duration.ofMillis(1400), Duration.ofSeconds(4));
            assertThat(copr.requests()).isEqualTo(1);
        }
    }

    @Test
    void silentServerIsAReadTimeoutWaitingForTheAnswer() throws IOException {
        try (HostileCopr copr = HostileCopr.start(HostileCopr.silence())) {
            long start = System.nanoTime();

            CoprException e = call(config(copr).readTimeout(Duration.ofMillis(500)).build());

            assertThat(e).isExactlyInstanceOf(CoprTimeoutException.class);
            assertThat(e.getMessage()).isEqualTo("Copr request GET /api_3/build/7 timed out: read timeout (readTimeout,"
                    + " PT0.5S) exceeded: no data from Copr for PT0.5S while waiting for the answer");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(Duration.ofMillis(450), Duration.ofSeconds(3));
            assertThat(copr.requests()).isEqualTo(1);
        }
    }

    @Test
    void endlessListStopsAtTheAnswerSizeNamingTheLimitAndTheProperty() throws IOException {
        try (HostileCopr copr = HostileCopr.start(HostileCopr.endless(200, "application/json", "{\"items\": [",
                BUILD_ITEM))) {
            CoprException e = catchThrowableOfType(CoprException.class, () -> CoprClient.create(config(copr)
                    .maxResponseSize(1 << 20).build()).builds().getList("@copr", "copr-dev"));

            assertThat(e).isExactlyInstanceOf(CoprRequestException.class);
            assertThat(e.getStatus()).isEqualTo(200);
            assertThat(e.getMessage()).startsWith("Copr answered HTTP 200 to GET /api_3/build/list?ownername=%40copr"
                    + "&projectname=copr-dev with a body that is not the expected JSON (more than the maximum answer size"
                    + " of 1048576 bytes (maxResponseSize; Spring Boot: copr.max-response-size) allows: ");
            assertThat(copr.requests()).isEqualTo(1);
            assertThat(copr.bytesSent()).isLessThan(16L << 20);
        }
    }

    @Test
    void endlessStringStopsAtAnEighthOfTheAnswerSize() throws IOException {
        try (HostileCopr copr = HostileCopr.start(HostileCopr.endless(200, "application/json",
                "{\"id\": 7, \"state\": \"", "x"))) {
            CoprException e = call(config(copr).maxResponseSize(8 << 20).build());

            assertThat(e).isExactlyInstanceOf(CoprRequestException.class);
            assertThat(e.getMessage()).contains("maximum answer size of 8388608 bytes").contains("String value length");
            assertThat(copr.requests()).isEqualTo(1);
        }
    }

    @Test
    void jsonNullIsAnUnreadableAnswerNotANullResult() throws IOException {
        try (HostileCopr copr = HostileCopr.start(HostileCopr.json(200, "null"))) {
            CoprException e = call(config(copr).build());

            assertThat(e).isExactlyInstanceOf(CoprRequestException.class);
            assertThat(e.getMessage()).isEqualTo("Copr answered HTTP 200 to GET /api_3/build/7 with a body that is not"
                    + " the expected JSON (JSON null instead of an answer)");
            assertThat(copr.requests()).isEqualTo(1);
        }
    }

    @Test
    void resetBeforeAnyAnswerReachesCoprAtMostMaxAttemptsTimes() throws IOException {
        try (HostileCopr copr = HostileCopr.start(HostileCopr.reset())) {
            CoprException e = call(config(copr).retry(retries(3)).build());

            assertThat(e).isExactlyInstanceOf(CoprRequestException.class);
            assertThat(e.getRequest()).isEqualTo("GET /api_3/build/7");
            assertThat(copr.requests()).isEqualTo(2);
        }
    }

    @Test
    void resetBeforeAnyAnswerIsRetriedWhileTheAttemptsLeftCoverTheJdksOwnRepeat() throws IOException {
        try (HostileCopr copr = HostileCopr.start(HostileCopr.reset())) {
            call(config(copr).retry(retries(4)).build());

            assertThat(copr.requests()).isEqualTo(4);
        }
    }

    @Test
    void answeredFailuresThenResetsStayWithinMaxAttempts() throws IOException {
        AtomicInteger answers = new AtomicInteger();
        HostileCopr.Answer busyThenReset = (socket, out) -> {
            if (answers.getAndIncrement() < 2) {
                HostileCopr.json(503, "{\"error\": \"busy\"}").write(socket, out);
            } else {
                HostileCopr.reset().write(socket, out);
            }
        };
        try (HostileCopr copr = HostileCopr.start(busyThenReset)) {
            call(config(copr).retry(retries(4)).build());

            assertThat(copr.requests()).isEqualTo(4);
        }
    }

    private static RetryOptions retries(int maxAttempts) {
        return RetryOptions.builder().maxAttempts(maxAttempts).initialDelay(Duration.ofMillis(5)).multiplier(2.0).maxDelay(Duration.ofMillis(20)).build();
    }
}
