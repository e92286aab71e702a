package dev.copr.test;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP side of the stub's results and Pulp hosts: {@code GET} and {@code HEAD} of files and
 * directories as a static web server answers them, with {@code Content-Length}, single byte ranges
 * ({@code Range: bytes=N-}, 206 or 416), autoindex pages, 301 redirects, 404 for what is not there and
 * 400 for paths that try to leave the tree ({@code ..}, encoded or not). File bodies are written in
 * chunks as they are sent, never held whole. Requests are recorded with whom their credentials (which
 * such a host should never receive) would authenticate.
 */
final class FileHost implements HttpHandler {

    private static final Logger log = LoggerFactory.getLogger(CoprStub.class);
    private static final Pattern RANGE = Pattern.compile("bytes=(\\d*)-(\\d*)");
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter LISTING_DATE =
            DateTimeFormatter.ofPattern("dd-MMM-yyyy HH:mm", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final String baseUrl;
    private final StubState state;
    private final BiFunction<ResultsPaths.RequestPath, @Nullable String, HostAnswer> resolver;
    private final Consumer<RecordedRequest> recorder;

    /**
     * @param baseUrl the host's own base URL, e.g. {@code http://127.0.0.1:40124}
     * @param resolver what is at a path, called under the state's lock with the file name a {@code GET} reads
     */
    FileHost(String baseUrl, StubState state, BiFunction<ResultsPaths.RequestPath, @Nullable String, HostAnswer> resolver,
             Consumer<RecordedRequest> recorder) {
        this.baseUrl = baseUrl;
        this.state = state;
        this.resolver = resolver;
        this.recorder = recorder;
    }

    @Override
    public void handle(HttpExchange exchange) {
        String method = exchange.getRequestMethod();
        String rawPath = exchange.getRequestURI().getRawPath();
        try (InputStream body = exchange.getRequestBody()) {
            body.transferTo(OutputStream.nullOutputStream());
            ResultsPaths.RequestPath path = requestPath(rawPath);
            if (path == null) {
                answer(exchange, method, rawPath, null, 400, "Bad Request");
                return;
            }
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                answer(exchange, method, rawPath, null, 405, "Method Not Allowed");
                return;
            }
            String reading = method.equals("GET") && !path.segments().isEmpty() && !path.directory()
                    ? path.segments().get(path.segments().size() - 1) : null;
            HostAnswer answer;
            String user;
            ResultsFault fault;
            synchronized (state) {
                answer = resolver.apply(path, reading);
                CoprStubUser authenticated = state.authenticate(exchange.getRequestHeaders().getFirst("Authorization"));
                user = authenticated == null ? null : authenticated.name();
                fault = reading == null ? null : state.resultsFaults.get(reading);
            }
            if (fault == ResultsFault.REDIRECT_LOOP) {
                answer = new HostAnswer.Moved(baseUrl + rawPath);
            }
            send(exchange, method, rawPath, user, answer, fault);
        } catch (IOException e) {
            log.debug("Copr stub could not answer {} {}: {}", method, rawPath, e.toString());
        } catch (RuntimeException e) {
            log.warn("Copr stub failed on {} {}", method, rawPath, e);
            if (exchange.getResponseCode() == -1) {
                try {
                    answer(exchange, method, rawPath, null, 500, "Internal Server Error");
                } catch (IOException unanswered) {
                    log.debug("Copr stub could not answer {} {}: {}", method, rawPath, unanswered.toString());
                }
            }
        } finally {
            exchange.close();
        }
    }

    private void send(HttpExchange exchange, String method, String rawPath, @Nullable String user, HostAnswer answer,
                      @Nullable ResultsFault fault) throws IOException {
        if (answer instanceof HostAnswer.Found found) {
            sendFile(exchange, method, rawPath, user, found.file(), fault);
        } else if (answer instanceof HostAnswer.Listing listing) {
            answer(exchange, method, rawPath, user, 200, listing(listing));
        } else if (answer instanceof HostAnswer.Moved moved) {
            exchange.getResponseHeaders().set("Location", moved.location());
            answer(exchange, method, rawPath, user, 301, "Moved Permanently");
        } else {
            answer(exchange, method, rawPath, user, 404, "Not Found");
        }
    }

    private void sendFile(HttpExchange exchange, String method, String rawPath, @Nullable String user,
                          ResultEntry file, @Nullable ResultsFault fault) throws IOException {
        long length = file.content().length();
        var headers = exchange.getResponseHeaders();
        headers.set("Accept-Ranges", "bytes");
        long[] range = range(exchange.getRequestHeaders().getFirst("Range"), length);
        if (range != null && range.length == 0) {
            headers.set("Content-Range", "bytes */" + length);
            answer(exchange, method, rawPath, user, 416, "Requested Range Not Satisfiable");
            return;
        }
        headers.set("Content-Type", file.contentType());
        if (file.contentEncoding() != null) {
            headers.set("Content-Encoding", file.contentEncoding());
        }
        headers.set("Last-Modified", HTTP_DATE.format(Instant.ofEpochSecond(file.modified())));
        long offset = range == null ? 0 : range[0];
        long count = range == null ? length : range[1] - range[0] + 1;
        int status = range == null ? 200 : 206;
        if (range != null) {
            headers.set("Content-Range", "bytes " + range[0] + "-" + range[1] + "/" + length);
        }
        record(exchange, method, rawPath, user, status);
        if (method.equals("HEAD") || count == 0) {
            headers.set("Content-Length", Long.toString(count));
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        if (fault == ResultsFault.OVERLONG_BODY) {
            count /= 2;
        }
        exchange.sendResponseHeaders(status, count);
        OutputStream out = exchange.getResponseBody();
        if (fault == ResultsFault.STALL || fault == ResultsFault.TRUNCATED_BODY) {
            file.content().writeTo(out, offset, count / 2);
            out.flush();
            if (fault == ResultsFault.STALL) {
                stall();
            }
            return;
        }
        file.content().writeTo(out, offset, count);
        out.close();
    }

    /** Sends a small body: a status page or a listing. */
    private void answer(HttpExchange exchange, String method, String rawPath, @Nullable String user, int status,
                        String text) throws IOException {
        record(exchange, method, rawPath, user, status);
        byte[] bytes = (text.startsWith("<") ? text : "<html>\r\n<head><title>" + status + " " + text
                + "</title></head>\r\n<body>\r\n<center><h1>" + status + " " + text + "</h1></center>\r\n</body>\r\n"
                + "</html>\r\n").getBytes(StandardCharsets.UTF_8);
        if (!exchange.getResponseHeaders().containsKey("Content-Type")) {
            exchange.getResponseHeaders().set("Content-Type", "text/html");
        }
        if (method.equals("HEAD")) {
            exchange.getResponseHeaders().set("Content-Length", Integer.toString(bytes.length));
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private void record(HttpExchange exchange, String method, String rawPath, @Nullable String user, int status) {
        recorder.accept(new RecordedRequest(method, rawPath, Map.of(), Map.of(), List.of(), user,
                exchange.getRequestHeaders().getFirst("User-Agent"), status));
    }

    /** An nginx-style autoindex page: a link per file with its date and size, names in order. */
    private static String listing(HostAnswer.Listing listing) {
        StringBuilder page = new StringBuilder();
        page.append("<html>\r\n<head><title>Index of ").append(escape(listing.path()))
                .append("</title></head>\r\n<body>\r\n<h1>Index of ").append(escape(listing.path()))
                .append("</h1><hr><pre><a href=\"../\">../</a>\r\n");
        for (ResultEntry file : listing.files()) {
            String name = file.name();
            page.append("<a href=\"").append(escape(encode(name))).append("\">").append(escape(name)).append("</a>")
                    .append(" ".repeat(Math.max(1, 51 - name.length())))
                    .append(LISTING_DATE.format(Instant.ofEpochSecond(file.modified())))
                    .append("%20d".formatted(file.content().length())).append("\r\n");
        }
        return page.append("</pre><hr></body>\r\n</html>\r\n").toString();
    }

    /**
     * The requested byte range as {@code [first, last]}, an empty array when it cannot be satisfied,
     * or null to send the whole file (no range, one that does not parse, or several ranges).
     */
    private static long @Nullable [] range(@Nullable String header, long length) {
        if (header == null) {
            return null;
        }
        Matcher matcher = RANGE.matcher(header.strip());
        if (!matcher.matches() || matcher.group(1).isEmpty() && matcher.group(2).isEmpty()) {
            return null;
        }
        try {
            if (matcher.group(1).isEmpty()) {
                long suffix = Long.parseLong(matcher.group(2));
                return suffix == 0 || length == 0 ? new long[0]
                        : new long[] {Math.max(0, length - suffix), length - 1};
            }
            long first = Long.parseLong(matcher.group(1));
            if (first >= length) {
                return new long[0];
            }
            long last = matcher.group(2).isEmpty() ? length - 1 : Long.parseLong(matcher.group(2));
            return last < first ? null : new long[] {first, Math.min(last, length - 1)};
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * The decoded path, or null when a segment would leave its directory or cannot be a file name
     * ({@code .}, {@code ..}, separators or NUL, encoded or not, or a broken escape).
     */
    private static ResultsPaths.@Nullable RequestPath requestPath(String rawPath) {
        List<String> segments = new ArrayList<>();
        for (String raw : Route.segments(rawPath)) {
            String segment;
            try {
                segment = URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return null;
            }
            if (segment.equals(".") || segment.equals("..") || segment.contains("/") || segment.contains("\\")
                    || segment.indexOf('\0') >= 0) {
                return null;
            }
            segments.add(segment);
        }
        return new ResultsPaths.RequestPath(List.copyOf(segments), rawPath.endsWith("/"), rawPath);
    }

    private static void stall() {
        try {
            Thread.sleep(Long.MAX_VALUE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String encode(String name) {
        return java.net.URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
