package dev.copr.client;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.copr.client.config.ApiToken;
import dev.copr.client.config.CoprConfig;
import dev.copr.client.exception.CoprAuthException;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class GeneralCallsTest {

    private static final String LOGIN = "apiLoginXyz";
    private static final String TOKEN = "tok3n-value-never-shown";

    @RegisterExtension
    static final CoprWireMock copr = CoprWireMock.create();

    private CoprClient client(boolean withCredentials) {
        CoprConfig.Builder config = copr.anonymousConfig().username(null);
        if (withCredentials) {
            config.credentials(LOGIN, TOKEN);
        }
        return CoprClient.create(config.build());
    }

    @Test
    void homeIsAnAnonymousGetOfTheApiRoot() {
        copr.stubFor(get("/api_3/").willReturn(okJson("{\"version\": 3, \"motd\": \"hello\"}")));

        ApiHome home = client(true).home();

        assertThat(home.version()).isEqualTo(3);
        assertThat(home.extra()).containsEntry("motd", "hello");
        copr.verify(getRequestedFor(urlEqualTo("/api_3/"))
                .withHeader("Authorization", absent())
                .withHeader("User-Agent", matching("copr-spring-boot/\\S+ Java/\\S+")));
    }

    @Test
    void authCheckSendsBasicCredentialsAndReturnsTheUser() {
        copr.stubFor(get("/api_3/auth-check").willReturn(okJson("{\"id\": 42, \"name\": \"jdoe\"}")));

        CoprUser user = client(true).authCheck();

        assertThat(user.id()).isEqualTo(42);
        assertThat(user.name()).isEqualTo("jdoe");
        copr.verify(getRequestedFor(urlEqualTo("/api_3/auth-check")).withHeader("Authorization", equalTo(basic(TOKEN))));
    }

    @Test
    void authCheckWithoutCredentialsFailsBeforeAnyRequest() {
        assertThatThrownBy(() -> client(false).authCheck())
                .isInstanceOf(CoprAuthException.class)
                .hasMessageContaining("base.auth_check needs API credentials")
                .hasMessageContaining("copr.login");
        assertThat(copr.getAllServeEvents()).isEmpty();
    }

    @Test
    void authUsernameUsesConfiguredUsernameWithoutRequest() {
        CoprClient client = CoprClient.create(copr.anonymousConfig()
                .credentials(LOGIN, TOKEN).username("jdoe").build());

        assertThat(client.authUsername()).isEqualTo("jdoe");
        assertThat(copr.getAllServeEvents()).isEmpty();
    }

    @Test
    void authUsernameAsksCoprWhenNoUsernameIsConfigured() {
        copr.stubFor(get("/api_3/auth-check").willReturn(okJson("{\"id\": 42, \"name\": \"jdoe\"}")));

        assertThat(client(true).authUsername()).isEqualTo("jdoe");
    }

    @Test
    void newApiTokenReturnsTheTokenAndSwitchesTheClientToIt() {
        copr.stubFor(post("/api_3/api-token").willReturn(okJson(
                "{\"api_login\": \"newLogin\", \"api_token\": \"newTokenValue\", \"expiration\": \"2027-06-01\"}")));
        copr.stubFor(get("/api_3/auth-check").willReturn(okJson("{\"id\": 42, \"name\": \"jdoe\"}")));
        CoprClient client = client(true);

        ApiToken token = client.newApiToken();
        client.authCheck();

        assertThat(token.apiLogin()).isEqualTo("newLogin");
        assertThat(token.apiToken()).isEqualTo("newTokenValue");
        assertThat(token.expiration()).isEqualTo(LocalDate.of(2027, 6, 1));
        assertThat(token.toString()).doesNotContain("newTokenValue");
        copr.verify(postRequestedFor(urlEqualTo("/api_3/api-token")).withHeader("Authorization", equalTo(basic(TOKEN))));
        copr.verify(getRequestedFor(urlEqualTo("/api_3/auth-check"))
                .withHeader("Authorization", equalTo("Basic " + base64("newLogin:newTokenValue"))));
    }

    private static String basic(String token) {
        return "Basic " + base64(LOGIN + ":" + token);
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
