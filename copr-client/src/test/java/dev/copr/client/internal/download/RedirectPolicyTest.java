package dev.copr.client.internal.download;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.copr.client.exception.CoprRequestException;

import java.net.URI;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The schemes a download follows redirects to; the loopback tests cover the hops over HTTP. */
class RedirectPolicyTest {

    private static final URI HTTPS = URI.create("https://download.copr.example/results/@copr/p/c/1/hello.rpm");
    private static final URI HTTP = URI.create("http://127.0.0.1:8080/results/@copr/p/c/1/hello.rpm");

    @Test
    void followsHttpsToHttpsAndResolvesRelativeLocations() {
        assertThat(ResultsHost.target(HTTPS, HTTPS, "https", Optional.of("https://pulp.example/c/Packages/h/hello.rpm")))
                .isEqualTo(URI.create("https://pulp.example/c/Packages/h/hello.rpm"));
        assertThat(ResultsHost.target(HTTPS, HTTPS, "https", Optional.of("/other/hello.rpm")))
                .isEqualTo(URI.create("https://download.copr.example/other/hello.rpm"));
    }

    @Test
    void neverFollowsHttpsDownToHttp() {
        assertThatThrownBy(() -> ResultsHost.target(HTTPS, HTTPS, "https", Optional.of("http://pulp.example/hello.rpm")))
                .isInstanceOf(CoprRequestException.class).hasMessageContaining("https only");
    }

    @Test
    void followsHttpOnlyWhenTheFirstUrlWasHttp() {
        assertThat(ResultsHost.target(HTTP, HTTP, "http", Optional.of("http://127.0.0.1:9090/hello.rpm")))
                .isEqualTo(URI.create("http://127.0.0.1:9090/hello.rpm"));
        assertThat(ResultsHost.target(HTTP, HTTP, "http", Optional.of("https://pulp.example/hello.rpm")))
                .isEqualTo(URI.create("https://pulp.example/hello.rpm"));
    }

    @Test
    void refusesOtherSchemesAndRedirectsWithoutLocation() {
        assertThatThrownBy(() -> ResultsHost.target(HTTP, HTTP, "http", Optional.of("file:///etc/passwd")))
                .isInstanceOf(CoprRequestException.class).hasMessageContaining("https only");
        assertThatThrownBy(() -> ResultsHost.target(HTTP, HTTP, "http", Optional.empty()))
                .isInstanceOf(CoprRequestException.class).hasMessageContaining("without a Location");
    }
}
