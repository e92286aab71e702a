package dev.copr.client.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.copr.client.exception.CoprConfigException;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class CoprConfigTest {

    @Test
    void defaultsToAnonymousAccessToThePublicInstance() {
        CoprConfig config = CoprConfig.builder().build();

        assertThat(config.url()).isEqualTo(URI.create("https://copr.fedorainfracloud.org"));
        assertThat(config.hasCredentials()).isFalse();
        assertThat(config.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(config.retry()).isEqualTo(RetryOptions.defaults());
    }

    @Test
    void dropsTrailingSlashOfUrl() {
        assertThat(CoprConfig.builder().url("https://copr.example.org/").build().url())
                .isEqualTo(URI.create("https://copr.example.org"));
    }

    @ParameterizedTest
    @CsvSource({
            "https://copr.example.org/api_3, api_3, https://copr.example.org",
            "https://copr.example.org/api_3/, api_3, https://copr.example.org",
            "https://copr.example.org/api/, api, https://copr.example.org",
            "https://example.org/copr/api_3, api_3, https://example.org/copr"})
    void refusesTheApiUrlNamingTheFrontendUrl(String url, String suffix, String frontend) {
        assertThatThrownBy(() -> CoprConfig.builder().url(url).build())
                .isInstanceOf(CoprConfigException.class)
                .hasMessageContaining("url '" + url + "' is the API's address")
                .hasMessageContaining("without /" + suffix + ", e.g. " + frontend);
    }

    @Test
    void acceptsAFrontendUnderAPath() {
        assertThat(CoprConfig.builder().url("https://example.org/copr/").build().url())
                .isEqualTo(URI.create("https://example.org/copr"));
    }

    @Test
    void refusesUrlThatIsNotHttp() {
        assertThatThrownBy(() -> CoprConfig.builder().url("ftp://copr.example.org").build())
                .isInstanceOf(CoprConfigException.class)
                .hasMessageContaining("ftp://copr.example.org");
    }

    @Test
    void refusesUrlWithUserInfoWithoutEchoingIt() {
        assertThatThrownBy(() -> CoprConfig.builder().url("https://user:s3cret@copr.example.org").build())
                .isInstanceOf(CoprConfigException.class)
                .message().doesNotContain("s3cret");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            https://user:s3[cret@copr.example.org | CoprConfig.url 'https://****@copr.example.org' is not a valid URL: Illegal
            ftp://user:s3cret@copr.example.org    | CoprConfig.url 'ftp://****@copr.example.org' is not an http(s) URL with a host
            https://user:s3cret@copr_example.org  | CoprConfig.url 'https://****@copr_example.org' is not an http(s) URL
            """)
    void refusesBadUrlsWithoutEchoingTheirUserInfo(String url, String message) {
        assertThatThrownBy(() -> CoprConfig.builder().url(url).build())
                .isInstanceOf(CoprConfigException.class)
                .hasMessageStartingWith(message)
                .message().doesNotContain("s3");
    }

    @Test
    void refusesTokenWithoutLogin() {
        assertThatThrownBy(() -> CoprConfig.builder().credentials(" ", "secret-token").build())
                .isInstanceOf(CoprConfigException.class)
                .hasMessage("CoprConfig.login is empty but the token is set: set both, or neither for anonymous access");
    }

    static Stream<Arguments> unsendableCredentials() {
        String unsendable = "contains a control character or one outside ISO-8859-1";
        return Stream.of(
                Arguments.of("api:Login", "tokenValue", "CoprConfig.login contains ':'"),
                Arguments.of("apiLögin€", "tokenValue", "CoprConfig.login " + unsendable),
                Arguments.of("api\tLogin", "tokenValue", "CoprConfig.login " + unsendable),
                Arguments.of("apiLogin", "token€Value", "CoprConfig.token " + unsendable),
                Arguments.of("apiLogin", "token\r\nX-Injected: 1", "CoprConfig.token " + unsendable));
    }

    @ParameterizedTest
    @MethodSource("unsendableCredentials")
    void refusesCredentialsBasicAuthenticationCannotSendWithoutEchoingThem(String login, String token, String message) {
        assertThatThrownBy(() -> CoprConfig.builder().credentials(login, token).build())
                .isInstanceOf(CoprConfigException.class)
                .hasMessageStartingWith(message)
                .message().doesNotContain(login).doesNotContain(token);
    }

    @Test
    void acceptsLatin1Credentials() {
        assertThat(CoprConfig.builder().credentials("apiLogïn", "tökén").build().token()).isEqualTo("tökén");
    }

    @Test
    void refusesZeroTimeout() {
        assertThatThrownBy(() -> CoprConfig.builder().readTimeout(Duration.ZERO).build())
                .isInstanceOf(CoprConfigException.class)
                .hasMessage("CoprConfig.readTimeout must be positive, was PT0S");
    }

    @Test
    void toStringHidesCredentials() {
        CoprConfig config = CoprConfig.builder().credentials("apiLoginXyz", "secret-token-value").build();

        assertThat(config.toString()).doesNotContain("secret-token-value").doesNotContain("apiLoginXyz");
    }

    @Test
    void keepsTheTokenExpirationOfCredentials() {
        CoprConfig config = CoprConfig.builder().credentials("apiLoginXyz", "secret-token-value")
                .tokenExpiration(LocalDate.of(2027, 1, 31)).build();

        assertThat(config.tokenExpiration()).isEqualTo(LocalDate.of(2027, 1, 31));
        assertThat(config.toBuilder().build().tokenExpiration()).isEqualTo(LocalDate.of(2027, 1, 31));
    }

    @Test
    void ignoresATokenExpirationWithoutCredentials() {
        assertThat(CoprConfig.builder().tokenExpiration(LocalDate.of(2027, 1, 31)).build().tokenExpiration()).isNull();
    }
}
