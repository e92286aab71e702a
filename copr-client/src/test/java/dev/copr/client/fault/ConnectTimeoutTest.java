package dev.copr.client.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.copr.client.CoprClient;
import dev.copr.client.config.CoprConfig;
import dev.copr.client.exception.CoprException;
import dev.copr.client.exception.CoprTimeoutException;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A server that never accepts: once its backlog is full, the kernel leaves further connections
 * unanswered, so a client's connect hangs until its connect timeout, all on loopback.
 */
class ConnectTimeoutTest {

    private final List<Socket> fillers = new ArrayList<>();
    private ServerSocket server;

    @AfterEach
    void close() throws IOException {
        for (Socket filler : fillers) {
            filler.close();
        }
        server.close();
    }

    private String unanswering() throws IOException {
        server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        for (int i = 0; i < 4; i++) {
            Socket filler = new Socket();
            try {
                filler.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), server.getLocalPort()), 200);
                fillers.add(filler);
            } catch (IOException backlogFull) {
                filler.close();
                break;
            }
        }
        return "http://127.0.0.1:" + server.getLocalPort();
    }

    @Test
    void connectTimeoutIsNamedAndNotRetried() throws IOException {
        String url = unanswering();
        long start = System.nanoTime();

        CoprException e = catchThrowableOfType(CoprException.class, () -> CoprClient.create(CoprConfig.builder()
                .url(url).connectTimeout(Duration.ofMillis(500)).retry(FaultFixtures.QUICK_RETRIES).build())
                .builds().get(7));

        assertThat(e).isExactlyInstanceOf(CoprTimeoutException.class);
        assertThat(e.getMessage()).isEqualTo("Copr request GET /api_3/build/7 timed out: connect timeout"
                + " (connectTimeout, PT0.5S) exceeded: unable to connect to " + url + "/api_3");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(Duration.ofMillis(450), Duration.ofSeconds(3));
    }
}
