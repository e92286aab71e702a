package dev.copr.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class CoprConfigTest {

    @Test
    void defaultsToAnonymousAccessToThePublicInstance() {
        CoprConfig config = CoprConfig.builder().build();

        assertThat(config.url()).isEqualTo(URI.create("https://copr.fedorainfracloud.org"));
        assertThat(config.hasCredentials()).isFalse();
        assertThat(config.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(config.retry()).isEqualTo(RetrySettings.DEFAULT);
    }

    @Test
    void dropsTrailingSlashOfUrl() {
        assertThat(CoprConfig.builder().url("https://copr.example.org/").build().url())
                .isEqualTo(URI.create("https://copr.example.org"));
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

    @Test
    void refusesTokenWithoutLogin() {
        assertThatThrownBy(() -> CoprConfig.builder().credentials(" ", "secret-token").build())
                .isInstanceOf(CoprConfigException.class)
                .hasMessage("token is set but login is empty: set both, or neither for anonymous access");
    }

    @Test
    void refusesZeroTimeout() {
        assertThatThrownBy(() -> CoprConfig.builder().readTimeout(Duration.ZERO).build())
                .isInstanceOf(CoprConfigException.class)
                .hasMessageContaining("read-timeout");
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
