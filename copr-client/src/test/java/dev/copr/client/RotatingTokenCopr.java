package dev.copr.client;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A Copr that accepts one API token at a time, as Copr does: each renewal issues a new token and
 * invalidates the one it was sent with at once, then answers a little later. Any request with
 * another token gets Copr's 401.
 */
final class RotatingTokenCopr implements AutoCloseable {

    static final String LOGIN = "stub-login";
    /** How long a renewal takes to answer after invalidating the old token. */
    private static final long RENEWAL_ANSWER_MILLIS = 200;
    private static final String EXPIRED = "{\"output\": \"notok\", \"error\": \"Login invalid/expired. Please visit"
            + " https://copr.example.org/api to get or renew your API token.\"}";

    private final ExecutorService threads = Executors.newFixedThreadPool(4);
    private final HttpServer server;
    private int renewals;
    private String validToken = "stub-token-0";

    RotatingTokenCopr() throws IOException {
        // Room for every connection of VirtualThreadLoadTest's thousand callers at once
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1_000);
        server.createContext("/api_3/", this::answer);
        server.setExecutor(threads);
        server.start();
    }

    String url() {
        return "http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort();
    }

    synchronized String validToken() {
        return validToken;
    }

    synchronized int renewals() {
        return renewals;
    }

    /** The new token, or null when {@code authorization} does not carry the valid one. */
    private synchronized String renew(String authorization) {
        if (!authorizes(authorization)) {
            return null;
        }
        renewals++;
        validToken = "stub-token-" + renewals;
        return validToken;
    }

    private synchronized boolean authorizes(String authorization) {
        byte[] credentials = (LOGIN + ":" + validToken).getBytes(StandardCharsets.UTF_8);
        return ("Basic " + Base64.getEncoder().encodeToString(credentials)).equals(authorization);
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (InputStream body = exchange.getRequestBody()) {
            body.readAllBytes();
        }
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        String path = exchange.getRequestURI().getPath();
        if (path.equals("/api_3/api-token") && exchange.getRequestMethod().equals("POST")) {
            String issued = renew(authorization);
            if (issued == null) {
                send(exchange, 401, EXPIRED);
                return;
            }
            pause();
            send(exchange, 200, "{\"api_login\": \"" + LOGIN + "\", \"api_token\": \"" + issued
                    + "\", \"expiration\": \"2027-06-01\"}");
        } else if (path.equals("/api_3/auth-check") && authorizes(authorization)) {
            send(exchange, 200, "{\"id\": 1, \"name\": \"jdoe\"}");
        } else {
            send(exchange, 401, EXPIRED);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(RENEWAL_ANSWER_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
