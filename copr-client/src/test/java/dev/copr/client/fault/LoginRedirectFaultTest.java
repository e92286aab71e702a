package dev.copr.client.fault;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okForContentType;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.copr.client.CoprClient;
import dev.copr.client.CoprWireMock;
import dev.copr.client.build.BuildOptions;
import dev.copr.client.exception.CoprException;
import dev.copr.client.exception.CoprRequestException;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A misconfigured URL or an SSO front sending the API to a login page: the client never follows
 * the redirect (so the credentials never reach the login page) and says where it was sent.
 */
@ExtendWith(TokenWatch.class)
class LoginRedirectFaultTest {

    private static final String LOGIN_PAGE = "<html><head><title>Log In - Fedora Accounts</title></head>"
            + "<body><form action=\"/login\" method=\"post\"></form></body></html>";

    @RegisterExtension
    static final CoprWireMock copr = FaultFixtures.copr();

    private final CoprClient client = copr.client();

    private String loginUrl;

    @BeforeEach
    void serveLoginPage() {
        loginUrl = copr.baseUrl() + "/login?next=%2Fapi_3";
        copr.stubFor(get(urlPathEqualTo("/login")).willReturn(okForContentType("text/html", LOGIN_PAGE)));
    }

    @ParameterizedTest
    @ValueSource(ints = {301, 302, 303, 307, 308})
    void getIsNotRedirectedToTheLoginPage(int status) {
        copr.stubFor(any(urlPathMatching("/api_3/.*")).willReturn(aResponse().withStatus(status)
                .withHeader("Location", loginUrl)));

        CoprException e = catchThrowableOfType(CoprException.class, client::authCheck);

        assertThat(e).isExactlyInstanceOf(CoprRequestException.class);
        assertThat(e.getStatus()).isEqualTo(status);
        assertThat(e.getRequest()).isEqualTo("GET /api_3/auth-check");
        assertThat(e.getMessage()).isEqualTo("Copr answered HTTP " + status + " to GET /api_3/auth-check:"
                + " unexpected redirect to " + loginUrl + "; check the configured Copr url");
        copr.verify(0, anyRequestedFor(urlPathEqualTo("/login")));
        copr.verify(1, anyRequestedFor(anyUrl()));
        TokenWatch.assertClean(e);
    }

    @ParameterizedTest
    @ValueSource(ints = {302, 307})
    void postIsNotRedirectedNorRepeated(int status) {
        copr.stubFor(any(urlPathMatching("/api_3/.*")).willReturn(aResponse().withStatus(status)
                .withHeader("Location", loginUrl)));

        CoprException e = catchThrowableOfType(CoprException.class, () -> client.builds().createFromUrl("jdoe",
                "hello", "https://example.org/hello-1.0-1.src.rpm", BuildOptions.builder().chroots("fedora-41-x86_64").build()));

        assertThat(e.getStatus()).isEqualTo(status);
        assertThat(e.getRequest()).isEqualTo("POST /api_3/build/create/url");
        copr.verify(0, anyRequestedFor(urlPathEqualTo("/login")));
        copr.verify(1, anyRequestedFor(anyUrl()));
        TokenWatch.assertClean(e);
    }

    @Test
    void loginPageServedInPlaceOfTheApiIsAClearErrorForAWrite() {
        copr.stubFor(any(urlPathMatching("/api_3/.*")).willReturn(okForContentType("text/html", LOGIN_PAGE)));

        CoprException e = catchThrowableOfType(CoprException.class, () -> client.builds().cancel(7));

        assertThat(e).isExactlyInstanceOf(CoprRequestException.class);
        assertThat(e.getStatus()).isEqualTo(200);
        assertThat(e.getRequest()).isEqualTo("PUT /api_3/build/cancel/7");
        assertThat(e.getMessage()).contains("not the expected JSON").contains("text/html")
                .contains("Log In - Fedora Accounts");
        copr.verify(1, anyRequestedFor(anyUrl()));
        TokenWatch.assertClean(e);
    }
}
