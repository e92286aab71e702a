package dev.copr.client.internal.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okForContentType;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.copr.client.CoprWireMock;
import dev.copr.client.config.CoprConfig;
import dev.copr.client.config.RetryOptions;
import dev.copr.client.exception.CoprAuthException;
import dev.copr.client.exception.CoprException;
import dev.copr.client.exception.CoprNoResultException;
import dev.copr.client.exception.CoprRequestException;
import dev.copr.client.exception.CoprTimeoutException;

import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ErrorMappingTest {

    private static final String TOKEN = "tok3n-value-never-shown";

    @RegisterExtension
    static final CoprWireMock copr = CoprWireMock.create();

    private final CoprRequest getBuild = CoprRequest.get("build.get", "/build/{id}", 7).withAuthentication();
    private final CoprRequest postBuild = CoprRequest.post("build.create_from_url", "/build/create/url")
            .withJson(Map.of("ownername", "jdoe"));

    private CoprTransport transport(Duration readTimeout) {
        return new CoprTransport(copr.anonymousConfig().credentials("apiLoginXyz", TOKEN)
                .readTimeout(readTimeout).retry(RetryOptions.disabled()).build());
    }

    private CoprException failure(CoprRequest request) {
        return catchThrowableOfType(CoprException.class, () -> transport(Duration.ofSeconds(5)).execute(request, Map.class));
    }

    @ParameterizedTest
    @CsvSource({
            "400, dev.copr.client.exception.CoprRequestException",
            "401, dev.copr.client.exception.CoprAuthException",
            "403, dev.copr.client.exception.CoprAuthException",
            "404, dev.copr.client.exception.CoprNoResultException",
            "409, dev.copr.client.exception.CoprRequestException",
            "500, dev.copr.client.exception.CoprRequestException",
            "502, dev.copr.client.exception.CoprRequestException",
            "504, dev.copr.client.exception.CoprTimeoutException"})
    void mapsCoprJsonErrorsByStatus(int status, Class<?> type) {
        copr.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json").withBody("{\"error\": \"Build 7 does not exist.\"}")));

        CoprException e = failure(getBuild);

        assertThat(e).isExactlyInstanceOf(type);
        assertThat(e.getStatus()).isEqualTo(status);
        assertThat(e.getCoprError()).isEqualTo("Build 7 does not exist.");
        assertThat(e.getRequest()).isEqualTo("GET /api_3/build/7");
        assertThat(e.getMessage()).isEqualTo("Copr answered HTTP " + status + " to GET /api_3/build/7: Build 7 does not exist.")
                .doesNotContain(TOKEN);
    }

    @ParameterizedTest
    @CsvSource({"401", "403"})
    void expiredLoginSaysSoAndHowToRenew(int status) {
        copr.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                .withBody("{\"output\": \"notok\", \"error\": \"Login invalid/expired. Please visit"
                        + " https://copr.example.org/api to get or renew your API token.\"}")));

        CoprAuthException e = (CoprAuthException) failure(getBuild);

        assertThat(e.isLoginInvalidOrExpired()).isTrue();
        assertThat(e.getCoprError()).startsWith("Login invalid/expired.");
        assertThat(e.getMessage()).contains("Login invalid/expired").contains("has expired or was replaced")
                .contains(copr.baseUrl() + "/api").contains("renewApiToken()").doesNotContain(TOKEN);
    }

    @Test
    void otherAuthErrorsAreNotTakenForAnExpiredLogin() {
        copr.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(403).withHeader("Content-Type", "application/json")
                .withBody("{\"error\": \"You don't have permissions to build in this copr.\"}")));

        CoprAuthException e = (CoprAuthException) failure(getBuild);

        assertThat(e.isLoginInvalidOrExpired()).isFalse();
        assertThat(e.getMessage()).doesNotContain("renewApiToken");
    }

    @ParameterizedTest
    @CsvSource({"400", "401", "403", "404", "500", "502"})
    void mapsHtmlErrorPagesToTheirTitle(int status) {
        copr.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(status).withHeader("Content-Type", "text/html")
                .withBody("<html><head><title>502 Proxy Error</title></head><body><h1>Proxy Error</h1></body></html>")));

        CoprException e = failure(postBuild);

        assertThat(e.getStatus()).isEqualTo(status);
        assertThat(e.getCoprError()).isEqualTo("502 Proxy Error");
        assertThat(e.getRequest()).isEqualTo("POST /api_3/build/create/url");
    }

    @Test
    void keepsMultiLineFormErrors() {
        copr.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                .withBody("{\"error\": \"name: Name must contain only letters\\nchroots: Not a valid choice\"}")));

        assertThat(failure(postBuild).getCoprError())
                .isEqualTo("name: Name must contain only letters\nchroots: Not a valid choice");
    }

    @Test
    void errorBodyOfJsonNullIsShownAsText() {
        copr.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(500).withHeader("Content-Type", "application/json")
                .withBody("null")));

        CoprException e = failure(getBuild);

        assertThat(e).isExactlyInstanceOf(CoprRequestException.class);
        assertThat(e.getCoprError()).isEqualTo("null");
        assertThat(e.getMessage()).isEqualTo("Copr answered HTTP 500 to GET /api_3/build/7: null");
    }

    @Test
    void plainTextErrorBodyIsShortened() {
        copr.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(500).withBody("x".repeat(5000))));

        assertThat(failure(getBuild).getCoprError()).hasSize(303).endsWith("...");
    }

    @Test
    void truncatedJsonIsAClearRequestException() {
        copr.stubFor(any(anyUrl()).willReturn(okJson("{\"id\": 7, \"state\": \"runn")));

        CoprException e = failure(getBuild);

        assertThat(e).isExactlyInstanceOf(CoprRequestException.class);
        assertThat(e.getStatus()).isEqualTo(200);
        assertThat(e.getMessage()).startsWith("Copr answered HTTP 200 to GET /api_3/build/7 with a body that is not the expected JSON");
    }

    @Test
    void htmlLoginPageWithStatus200IsAClearRequestException() {
        copr.stubFor(any(anyUrl()).willReturn(okForContentType("text/html",
                "<html><head><title>Log in - Fedora Account System</title></head></html>")));

        CoprException e = failure(getBuild);

        assertThat(e).isExactlyInstanceOf(CoprRequestException.class);
        assertThat(e.getMessage()).contains("text/html").contains("Log in - Fedora Account System");
    }

    @Test
    void answerWhoseContentTypeIsNotAMediaTypeIsAClearRequestException() {
        copr.stubFor(any(anyUrl()).willReturn(okForContentType("not a media type", "<p>Maintenance</p>")));

        CoprException e = failure(getBuild);

        assertThat(e).isExactlyInstanceOf(CoprRequestException.class);
        assertThat(e.getMessage()).isEqualTo("Copr answered HTTP 200 to GET /api_3/build/7 with a body that is not"
                + " the expected JSON (content type not a media type: Maintenance)");
    }

    @Test
    void redirectIsNotFollowedAndNamesItsTarget() {
        copr.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(302).withHeader("Location", "https://id.example.org/login")));

        CoprException e = failure(getBuild);

        assertThat(e).isExactlyInstanceOf(CoprRequestException.class);
        assertThat(e.getStatus()).isEqualTo(302);
        assertThat(e.getMessage()).contains("redirect to https://id.example.org/login");
    }

    @Test
    void readTimeoutIsATimeoutException() {
        copr.stubFor(any(anyUrl()).willReturn(okJson("{}").withFixedDelay(2000)));

        CoprException e = catchThrowableOfType(CoprException.class,
                () -> transport(Duration.ofMillis(200)).execute(getBuild, Map.class));

        assertThat(e).isExactlyInstanceOf(CoprTimeoutException.class);
        assertThat(e.getStatus()).isZero();
        assertThat(e.getRequest()).isEqualTo("GET /api_3/build/7");
    }

    @Test
    void refusedConnectionNamesTheServer() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        CoprTransport transport = new CoprTransport(CoprConfig.builder().url("http://127.0.0.1:" + closedPort)
                .retry(RetryOptions.disabled()).build());

        CoprException e = catchThrowableOfType(CoprException.class, () -> transport.execute(getBuild.withAuthentication(), Map.class));

        assertThat(e).isInstanceOf(CoprAuthException.class);
        CoprException anonymous = catchThrowableOfType(CoprException.class,
                () -> transport.execute(CoprRequest.get("build.get", "/build/{id}", 7), Map.class));
        assertThat(anonymous).isExactlyInstanceOf(CoprRequestException.class);
        assertThat(anonymous.getMessage()).startsWith("Unable to connect to http://127.0.0.1:" + closedPort + "/api_3")
                .contains("connection refused").doesNotContain("ClosedChannelException");
        assertThat(anonymous.getStatus()).isZero();
    }

    @Test
    void queryValuesAreEncodedAndBooleansSentAsPythonDoes() {
        copr.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/json")
                .withBody("{\"error\": \"No such project\"}")));

        CoprNoResultException e = catchThrowableOfType(CoprNoResultException.class, () -> transport(Duration.ofSeconds(5))
                .execute(CoprRequest.get("project.search", "/project/search").withQuery("query", "a&b c+d")
                        .withQuery("exist_ok", true).withQuery("skipped", null), Map.class));

        assertThat(e.getRequest()).isEqualTo("GET /api_3/project/search?query=a%26b%20c%2Bd&exist_ok=True");
    }
}
