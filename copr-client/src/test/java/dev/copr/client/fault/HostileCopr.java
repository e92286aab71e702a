package dev.copr.client.fault;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A raw-socket HTTP server on a random loopback port that answers every request with one scripted
 * misbehaviour, and counts the requests it read and the bytes it managed to send. One request per
 * connection; the connection is closed after the answer.
 */
public final class HostileCopr implements AutoCloseable {

    /** What the server sends once it has read a request. */
    @FunctionalInterface
    public interface Answer {
        void write(Socket socket, OutputStream out) throws IOException, InterruptedException;
    }

    private static final int RECEIVE_BUFFER = 256 * 1024;

    private final ServerSocket server;
    private final Answer answer;
    private final boolean readsBodies;
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicLong bytesSent = new AtomicLong();

    private HostileCopr(Answer answer, boolean readsBodies) throws IOException {
        this.server = new ServerSocket();
        // A fixed, small receive window: an upload then goes at the pace the answer reads it, not at
        // the pace the kernel's auto-tuned buffers (up to tens of MiB on loopback) take it.
        server.setReceiveBufferSize(RECEIVE_BUFFER);
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        this.answer = answer;
        this.readsBodies = readsBodies;
        Thread acceptor = new Thread(this::accept, "hostile-copr");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** Starts a server that answers every request with {@code answer}. */
    public static HostileCopr start(Answer answer) throws IOException {
        return new HostileCopr(answer, true);
    }

    /** Starts a server that reads only each request's head and leaves its body to {@code answer}. */
    public static HostileCopr startLeavingBodies(Answer answer) throws IOException {
        return new HostileCopr(answer, false);
    }

    /** The base URL to configure as the Copr url. */
    public String url() {
        return "http://127.0.0.1:" + server.getLocalPort();
    }

    /** Requests read so far. */
    public int requests() {
        return requests.get();
    }

    /** Bytes of answers written so far. */
    public long bytesSent() {
        return bytesSent.get();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }

    /** Headers of a 200 JSON answer of unknown length (the body ends with the connection), then nothing. */
    public static Answer stallAfterHeaders() {
        return (socket, out) -> {
            out.write(head(200, "application/json", -1));
            out.write("{\"id\": 7, ".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            Thread.sleep(Long.MAX_VALUE);
        };
    }

    /** Headers of a 200 JSON answer, then one byte of whitespace per {@code pause}, forever. */
    public static Answer drip(Duration pause) {
        return (socket, out) -> {
            out.write(head(200, "application/json", -1));
            out.write('{');
            out.flush();
            while (true) {
                Thread.sleep(pause.toMillis());
                out.write(' ');
                out.flush();
            }
        };
    }

    /** Reads the request and never answers. */
    public static Answer silence() {
        return (socket, out) -> Thread.sleep(Long.MAX_VALUE);
    }

    /** Resets the connection without sending a byte. */
    public static Answer reset() {
        return (socket, out) -> {
            socket.setSoLinger(true, 0);
            socket.close();
        };
    }

    /** A JSON body that starts with {@code start} and repeats {@code item} as fast as the client reads. */
    public static Answer endless(int status, String contentType, String start, String item) {
        return (socket, out) -> {
            out.write(head(status, contentType, -1));
            out.write(start.getBytes(StandardCharsets.UTF_8));
            byte[] chunk = item.repeat(Math.max(1, 8192 / item.length())).getBytes(StandardCharsets.UTF_8);
            while (true) {
                out.write(chunk);
            }
        };
    }

    /** An answer announcing {@code length} bytes of body and sending zeros as fast as the client reads. */
    public static Answer huge(int status, String contentType, long length) {
        return (socket, out) -> {
            out.write(head(status, contentType, length));
            byte[] zeros = new byte[8192];
            for (long sent = 0; sent < length; sent += zeros.length) {
                out.write(zeros);
            }
        };
    }

    /** A complete answer with this body. */
    public static Answer json(int status, String body) {
        return (socket, out) -> {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            out.write(head(status, "application/json", bytes.length));
            out.write(bytes);
            out.flush();
        };
    }

    private static byte[] head(int status, String contentType, long length) {
        return ("HTTP/1.1 " + status + " Hostile\r\nContent-Type: " + contentType + "\r\n"
                + (length >= 0 ? "Content-Length: " + length + "\r\n" : "") + "Connection: close\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                Thread connection = new Thread(() -> serve(socket), "hostile-copr-connection");
                connection.setDaemon(true);
                connection.start();
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void serve(Socket socket) {
        try (socket) {
            readRequest(socket.getInputStream(), readsBodies);
            requests.incrementAndGet();
            answer.write(socket, new FilterOutputStream(socket.getOutputStream()) {
                @Override
                public void write(byte[] bytes, int offset, int length) throws IOException {
                    out.write(bytes, offset, length);
                    bytesSent.addAndGet(length);
                }
            });
        } catch (IOException | InterruptedException e) {
            // the client went away: that is what the tests look at
        }
    }

    /** Reads the request head and, if asked to, its body of Content-Length bytes. */
    private static void readRequest(InputStream in, boolean body) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        while (matched < 4) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("connection closed before the request head ended");
            }
            head.write(b);
            matched = b == "\r\n\r\n".charAt(matched) ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        for (String line : head.toString(StandardCharsets.ISO_8859_1).split("\r\n")) {
            if (body && line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                in.readNBytes(Integer.parseInt(line.substring("content-length:".length()).strip()));
            }
        }
    }
}
