package dev.copr.autoconfigure;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import dev.copr.client.CoprClient;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * The auto-configured client goes through the proxy of the JVM's settings ({@code http.proxyHost}),
 * as Boot's HTTP clients do: a WireMock server plays the proxy for a Copr host that does not exist.
 */
class CoprProxyTest {

    private static final String[] PROXY_PROPERTIES = {"http.proxyHost", "http.proxyPort", "http.nonProxyHosts"};

    @RegisterExtension
    static WireMockExtension proxy = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

    private final Map<String, String> saved = new HashMap<>();

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(SslAutoConfiguration.class, HttpClientAutoConfiguration.class,
                    CoprAutoConfiguration.class))
            .withPropertyValues("copr.config-file=none", "copr.url=http://copr.proxied.invalid");

    @AfterEach
    void restoreProxyProperties() {
        for (String name : PROXY_PROPERTIES) {
            if (saved.get(name) == null) {
                System.clearProperty(name);
            } else {
                System.setProperty(name, saved.get(name));
            }
        }
    }

    private void useProxy(String host, int port) {
        for (String name : PROXY_PROPERTIES) {
            saved.put(name, System.getProperty(name));
        }
        System.setProperty("http.proxyHost", host);
        System.setProperty("http.proxyPort", String.valueOf(port));
        System.setProperty("http.nonProxyHosts", "none.invalid");
    }

    @Test
    void sendsThroughTheJvmsProxy() {
        proxy.stubFor(get("/api_3/").willReturn(okJson("{\"version\": 3}")));
        useProxy("127.0.0.1", proxy.getPort());

        runner.run(context -> {
            assertThat(context.getBean(CoprClient.class).home().version()).isEqualTo(3);
            proxy.verify(1, getRequestedFor(urlEqualTo("/api_3/")));
            assertThat(proxy.getAllServeEvents().get(0).getRequest().getAbsoluteUrl())
                    .isEqualTo("http://copr.proxied.invalid/api_3/");
        });
    }
}
