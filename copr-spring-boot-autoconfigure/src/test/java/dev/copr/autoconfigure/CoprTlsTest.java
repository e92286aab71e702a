package dev.copr.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;

import dev.copr.client.CoprClient;
import dev.copr.client.exception.CoprException;
import dev.copr.client.exception.CoprRequestException;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * TLS for real: a loopback HTTPS server with the self-signed certificate of {@code tls/} (made
 * with {@code keytool -genkeypair -keyalg EC -ext san=dns:localhost,ip:127.0.0.1}, exported with
 * {@code keytool -exportcert -rfc}), which the client trusts only through a Spring Boot SSL bundle.
 */
class CoprTlsTest {

    private static final String TRUSTED_BUNDLE = "spring.ssl.bundle.pem.copr.truststore.certificate="
            + "classpath:tls/copr-server.crt";

    private static HttpsServer server;
    private static final AtomicInteger requests = new AtomicInteger();

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(SslAutoConfiguration.class, HttpClientAutoConfiguration.class,
                    CoprAutoConfiguration.class))
            .withPropertyValues("copr.config-file=none", "copr.retry.max-attempts=1",
                    "copr.url=https://localhost:" + server.getAddress().getPort());

    @BeforeAll
    static void startHttpsServer() throws IOException, GeneralSecurityException {
        server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(serverContext()));
        server.createContext("/api_3/", exchange -> {
            requests.incrementAndGet();
            byte[] body = "{\"version\": 3}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterAll
    static void stopHttpsServer() {
        server.stop(0);
    }

    @BeforeEach
    void resetCount() {
        requests.set(0);
    }

    private static SSLContext serverContext() throws IOException, GeneralSecurityException {
        KeyStore keyStore = KeyStore.getInstance("PKCS12");
        try (InputStream in = CoprTlsTest.class.getResourceAsStream("/tls/copr-server.p12")) {
            keyStore.load(in, "changeit".toCharArray());
        }
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(keyStore, "changeit".toCharArray());
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keys.getKeyManagers(), null, null);
        return context;
    }

    @Test
    void trustsCoprsCertificateThroughTheNamedSslBundle() {
        runner.withPropertyValues(TRUSTED_BUNDLE, "copr.ssl.bundle=copr").run(context -> {
            assertThat(context.getBean(CoprClient.class).home().version()).isEqualTo(3);
            assertThat(requests).hasValue(1);
        });
    }

    @Test
    void trustsCoprsCertificateThroughBootsGlobalHttpClientBundle() {
        runner.withPropertyValues(TRUSTED_BUNDLE, "spring.http.clients.ssl.bundle=copr").run(context ->
                assertThat(context.getBean(CoprClient.class).home().version()).isEqualTo(3));
    }

    @Test
    void withoutTheBundleTheCallFailsNamingTheTlsProblemAndTheRemedy() {
        runner.run(context -> {
            CoprException e = catchThrowableOfType(CoprException.class,
                    () -> context.getBean(CoprClient.class).home());

            assertThat(e).isExactlyInstanceOf(CoprRequestException.class);
            assertThat(e.getMessage()).startsWith("TLS handshake with https://localhost:" + server.getAddress().getPort()
                    + "/api_3 failed (GET /api_3/): ").contains("certification path").contains("copr.ssl.bundle");
            assertThat(e.getRequest()).isEqualTo("GET /api_3/");
            assertThat(requests).hasValue(0);
        });
    }

    @Test
    void unknownBundleStopsStartUpNamingIt() {
        runner.withPropertyValues("copr.ssl.bundle=missing").run(context ->
                assertThat(context).hasFailed().getFailure().rootCause().hasMessageContaining("'missing'"));
    }
}
