package dev.copr.client.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.copr.client.config.CoprConfig;
import dev.copr.client.config.RetryOptions;
import dev.copr.client.exception.CoprException;
import dev.copr.client.exception.CoprTimeoutException;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The read timeout bounds every pause of an answer, not its whole length. A raw socket server sends
 * the headers at once and then the body byte by byte, at a pace the test chooses.
 */
class ReadTimeoutTest {

    private static final byte[] BODY = "{\"output\": \"ok\", \"message\": \"Project monitor request successful\"}"
            .getBytes(StandardCharsets.US_ASCII);

    private ServerSocket server;

    @AfterEach
    void stopServer() throws IOException {
        server.close();
    }

    private Map<String, Object> get(Duration readTimeout, Duration pauseBetweenBytes) throws IOException {
        server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        Thread answer = new Thread(() -> answerSlowly(pauseBetweenBytes));
        answer.setDaemon(true);
        answer.start();
        CoprTransport transport = new CoprTransport(CoprConfig.builder().url("http://127.0.0.1:" + server.getLocalPort())
                .readTimeout(readTimeout).retry(RetryOptions.disabled()).build());
        return transport.execute(CoprRequest.get("monitor.monitor", "/monitor"), Map.class);
    }

    private void answerSlowly(Duration pause) {
        try (Socket socket = server.accept()) {
            InputStream in = socket.getInputStream();
            in.read(new byte[8192]);
            OutputStream out = socket.getOutputStream();
            out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + BODY.length
                    + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            for (byte b : BODY) {
                Thread.sleep(pause.toMillis());
                out.write(b);
                out.flush();
            }
        } catch (IOException | InterruptedException e) {
            // the client gave up: the test checks how
        }
    }

    @Test
    void bodyThatStallsLongerThanTheReadTimeoutIsATimeout() {
        CoprException e = catchThrowableOfType(CoprException.class,
                () -> get(Duration.ofMillis(300), Duration.ofSeconds(5)));

        assertThat(e).isExactlyInstanceOf(CoprTimeoutException.class);
        assertThat(e.getRequest()).isEqualTo("GET /api_3/monitor");
    }

    @Test
    void bodyThatKeepsFlowingIsReadWhateverItsLength() throws IOException {
        Map<String, Object> answer = get(Duration.ofMillis(400), Duration.ofMillis(15));

        assertThat(answer).containsEntry("output", "ok");
    }
}
