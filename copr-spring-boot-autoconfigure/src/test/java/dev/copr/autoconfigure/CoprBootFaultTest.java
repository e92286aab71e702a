package dev.copr.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.copr.client.CoprClient;
import dev.copr.client.exception.CoprException;
import dev.copr.client.exception.CoprRequestException;
import dev.copr.client.exception.CoprTimeoutException;
import dev.copr.client.fault.HostileCopr;

import java.io.IOException;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * The fault tests of the plain client, through the auto-configured client: the same engine gives
 * the same exception, the same bound, the same time and the same number of requests.
 */
class CoprBootFaultTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(SslAutoConfiguration.class, HttpClientAutoConfiguration.class,
                    CoprAutoConfiguration.class))
            .withPropertyValues("copr.config-file=none", "copr.read-timeout=500ms", "copr.response-timeout=1500ms",
                    "copr.retry.initial-delay=5ms", "copr.retry.max-delay=20ms");

    private record Outcome(CoprException failure, Duration elapsed) {
    }

    private Outcome getBuild(HostileCopr copr) {
        Outcome[] outcome = new Outcome[1];
        runner.withPropertyValues("copr.url=" + copr.url()).run(context -> {
            long start = System.nanoTime();
            CoprException e = catchThrowableOfType(CoprException.class,
                    () -> context.getBean(CoprClient.class).builds().get(7));
            outcome[0] = new Outcome(e, Duration.ofNanos(System.nanoTime() - start));
        });
        return outcome[0];
    }

    @Test
    void stalledBodyIsAReadTimeoutNotRetried() throws IOException {
        try (HostileCopr copr = HostileCopr.start(HostileCopr.stallAfterHeaders())) {
            Outcome outcome = getBuild(copr);

            assertThat(outcome.failure()).isExactlyInstanceOf(CoprTimeoutException.class);
            assertThat(outcome.failure().getMessage()).isEqualTo("Copr request GET /api_3/build/7 timed out: read timeout"
                    + " (readTimeout, PT0.5S) exceeded: no data from Copr for PT0.5S while reading the answer");
            assertThat(outcome.elapsed()).isBetween(Duration.ofMillis(450), Duration.ofSeconds(3));
            assertThat(copr.requests()).isEqualTo(1);
        }
    }

    @Test
    void slowDripIsAResponseTimeoutNotRetried() throws IOException {
        try (HostileCopr copr = HostileCopr.start(HostileCopr.drip(Duration.ofMillis(50)))) {
            Outcome outcome = getBuild(copr);

            assertThat(outcome.failure()).isExactlyInstanceOf(CoprTimeoutException.class);
            assertThat(outcome.failure().getMessage()).contains("response timeout (responseTimeout, PT1.5S) exceeded");
            assertThat(outcome.elapsed()).isBetween(Duration.ofMillis(1400), Duration.ofSeconds(4));
            assertThat(copr.requests()).isEqualTo(1);
        }
    }

    @Test
    void resetBeforeAnyAnswerReachesCoprAtMostTheDefaultFourTimes() throws IOException {
        try (HostileCopr copr = HostileCopr.start(HostileCopr.reset())) {
            Outcome outcome = getBuild(copr);

            assertThat(outcome.failure()).isExactlyInstanceOf(CoprRequestException.class);
            assertThat(outcome.failure().getRequest()).isEqualTo("GET /api_3/build/7");
            assertThat(outcome.elapsed()).isLessThan(Duration.ofSeconds(3));
            assertThat(copr.requests()).isEqualTo(4);
        }
    }

    @Test
    void noHeadersIsAReadTimeoutWaitingForTheAnswer() throws IOException {
        try (HostileCopr copr = HostileCopr.start(HostileCopr.silence())) {
            Outcome outcome = getBuild(copr);

            assertThat(outcome.failure()).isExactlyInstanceOf(CoprTimeoutException.class);
            assertThat(outcome.failure().getMessage()).endsWith("no data from Copr for PT0.5S while waiting for the answer");
            assertThat(outcome.elapsed()).isBetween(Duration.ofMillis(450), Duration.ofSeconds(3));
            assertThat(copr.requests()).isEqualTo(1);
        }
    }
}
