package dev.copr.client.fault;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;

import dev.copr.client.CoprWireMock;
import dev.copr.client.config.RetryOptions;

import java.time.Duration;

/** The misbehaving stub and the client the fault tests point at it. */
final class FaultFixtures {

    /**
     * Four requests at most (three tries after answered failures, two after broken connections), with
     * waits short enough for a fast suite.
     */
    static final RetryOptions QUICK_RETRIES = RetryOptions.builder().maxAttempts(4).initialDelay(Duration.ofMillis(5)).multiplier(2.0).maxDelay(Duration.ofMillis(20)).build();

    private FaultFixtures() {
    }

    /** A fresh stub whose clients have the suite's credentials, quick retries and a 5 s read timeout. */
    static CoprWireMock copr() {
        return CoprWireMock.withSettings(config -> config.credentials(TokenWatch.LOGIN, TokenWatch.TOKEN)
                .readTimeout(Duration.ofSeconds(5)).retry(QUICK_RETRIES));
    }

    /**
     * Verifies how many requests a stub with a fixed delay received. WireMock journals a request only
     * once its delayed answer has been written, after the client gave up: wait for that first.
     */
    static void verifyDelayedRequests(CoprWireMock copr, int count) {
        long giveUp = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (copr.findAll(WireMock.anyRequestedFor(WireMock.anyUrl())).size() < count && System.nanoTime() < giveUp) {
            Thread.onSpinWait();
        }
        copr.verify(count, WireMock.anyRequestedFor(WireMock.anyUrl()));
    }

    /** An error answer in Copr's JSON shape, as its API error handler writes it. */
    static ResponseDefinitionBuilder coprError(int status, String error) {
        return WireMock.aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                .withBody("{\"output\": \"notok\", \"error\": " + json(error) + "}");
    }

    /** An HTML error page such as Apache, a proxy or Flask sends. */
    static ResponseDefinitionBuilder htmlPage(int status, String title) {
        return WireMock.aResponse().withStatus(status).withHeader("Content-Type", "text/html; charset=iso-8859-1")
                .withBody("<!DOCTYPE HTML PUBLIC \"-//IETF//DTD HTML 2.0//EN\">\n<html><head>\n<title>" + title
                        + "</title>\n</head><body>\n<h1>" + title + "</h1>\n<p>The server is temporarily unable to"
                        + " service your request.</p>\n<hr>\n<address>Apache Server at copr.example.org Port 443"
                        + "</address>\n</body></html>\n");
    }

    /** A JSON string literal. */
    static String json(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
