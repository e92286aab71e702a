package dev.copr.benchmarks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;

/**
 * A minimal Copr API v3 on the loopback interface, answering Copr-shaped JSON: single builds,
 * a project of {@value #BUILDS} synthetic builds and an owner of {@value #PROJECTS} synthetic
 * projects, both listed with {@code limit}/{@code offset} paging, and an SRPM upload that counts and
 * discards the body.
 */
final class CoprStub implements AutoCloseable {

    /** How many builds the listed project holds. */
    static final int BUILDS = 100_000;
    /** How many projects the listed owner holds. */
    static final int PROJECTS = 100_000;

    private static final byte[] NOT_FOUND = "{\"error\": \"Not found\"}".getBytes(StandardCharsets.UTF_8);

    private final HttpServer server;
    private final ExecutorService threads;
    private final AtomicLong uploadedBytes = new AtomicLong();

    private CoprStub(HttpServer server, ExecutorService threads) {
        this.server = server;
        this.threads = threads;
    }

    /** Starts a stub on a random loopback port, serving with {@code serverThreads} threads. */
    static CoprStub start(int serverThreads) throws IOException {
        // Without TCP_NODELAY, Nagle's algorithm and delayed ACKs add ~40 ms to every small answer.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        // Room for the connections of a thousand virtual threads opening at once
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1_024);
        ExecutorService threads = Executors.newFixedThreadPool(serverThreads);
        CoprStub stub = new CoprStub(server, threads);
        server.createContext("/api_3/", stub::answer);
        server.setExecutor(threads);
        server.start();
        return stub;
    }

    /** The frontend URL to configure, e.g. {@code http://127.0.0.1:40123}. */
    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Bytes of upload bodies received so far. */
    long uploadedBytes() {
        return uploadedBytes.get();
    }

    /** A build as Copr's {@code apiv3_builds.to_dict} writes it. */
    static String build(long id) {
        return "{\"id\": " + id + ", \"state\": \"succeeded\", \"ownername\": \"@copr\", \"projectname\": \"copr-dev\","
                + " \"project_dirname\": \"copr-dev\","
                + " \"repo_url\": \"https://download.copr.fedorainfracloud.org/results/@copr/copr-dev\","
                + " \"submitter\": \"praiskup\", \"submitted_on\": 1700000000, \"started_on\": 1700000060,"
                + " \"ended_on\": 1700000900, \"is_background\": false,"
                + " \"chroots\": [\"fedora-41-x86_64\", \"fedora-rawhide-x86_64\", \"epel-9-x86_64\"],"
                + " \"source_package\": {\"name\": \"copr-cli\", \"version\": \"2.1-1\","
                + " \"url\": \"https://download.copr.fedorainfracloud.org/results/@copr/copr-dev/srpm-builds/"
                + id + "/copr-cli-2.1-1.src.rpm\"}}";
    }

    /** A project as Copr's {@code apiv3_projects.to_dict} writes it. */
    static String project(long id) {
        String name = "project-" + id;
        String results = "https://download.copr.fedorainfracloud.org/results/@copr/" + name;
        return "{\"id\": " + id + ", \"name\": \"" + name + "\", \"ownername\": \"@copr\","
                + " \"full_name\": \"@copr/" + name + "\", \"homepage\": \"https://github.com/fedora-copr/copr\","
                + " \"contact\": \"copr-devel@lists.fedorahosted.org\","
                + " \"description\": \"Packages built from the upstream main branch, for testing\","
                + " \"instructions\": \"dnf copr enable @copr/" + name + "\", \"devel_mode\": false,"
                + " \"persistent\": false, \"unlisted_on_hp\": false, \"auto_prune\": true,"
                + " \"chroot_repos\": {\"fedora-41-x86_64\": \"" + results + "/fedora-41-x86_64/\","
                + " \"fedora-rawhide-x86_64\": \"" + results + "/fedora-rawhide-x86_64/\","
                + " \"epel-9-x86_64\": \"" + results + "/epel-9-x86_64/\"},"
                + " \"additional_repos\": [\"copr://@python/python3.13\"], \"enable_net\": false,"
                + " \"bootstrap\": \"default\", \"isolation\": \"default\", \"module_hotfixes\": false,"
                + " \"appstream\": false, \"packit_forge_projects_allowed\": [\"github.com/fedora-copr/copr\"],"
                + " \"follow_fedora_branching\": true, \"repo_priority\": null, \"storage\": \"backend\"}";
    }

    private void answer(HttpExchange exchange) throws IOException {
        try {
            String path = exchange.getRequestURI().getPath();
            String buildId = path.startsWith("/api_3/build/") ? path.substring("/api_3/build/".length()) : "";
            if (path.equals("/api_3/build/create/upload")) {
                discardUpload(exchange);
            } else if (path.equals("/api_3/build/list")) {
                sendPage(exchange, query(exchange.getRequestURI()), BUILDS, CoprStub::build);
            } else if (path.equals("/api_3/project/list")) {
                sendPage(exchange, query(exchange.getRequestURI()), PROJECTS, CoprStub::project);
            } else if (!buildId.isEmpty() && buildId.chars().allMatch(Character::isDigit)) {
                sendJson(exchange, 200, build(Long.parseLong(buildId)).getBytes(StandardCharsets.UTF_8));
            } else {
                sendJson(exchange, 404, NOT_FOUND);
            }
        } finally {
            exchange.close();
        }
    }

    private void discardUpload(HttpExchange exchange) throws IOException {
        byte[] buffer = new byte[256 * 1024];
        long count = 0;
        try (InputStream body = exchange.getRequestBody()) {
            for (int n = body.read(buffer); n >= 0; n = body.read(buffer)) {
                count += n;
            }
        }
        uploadedBytes.addAndGet(count);
        sendJson(exchange, 200, build(BUILDS + 1).getBytes(StandardCharsets.UTF_8));
    }

    /** Streams one page, so large pages cost the stub no memory either. */
    private static void sendPage(HttpExchange exchange, Map<String, String> query, int total,
                                 LongFunction<String> item) throws IOException {
        int limit = Integer.parseInt(query.getOrDefault("limit", String.valueOf(total)));
        int offset = Integer.parseInt(query.getOrDefault("offset", "0"));
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream out = new BufferedOutputStream(exchange.getResponseBody(), 64 * 1024)) {
            out.write("{\"items\": [".getBytes(StandardCharsets.UTF_8));
            for (int id = offset + 1; id <= Math.min(offset + limit, total); id++) {
                out.write(((id == offset + 1 ? "" : ",") + item.apply(id)).getBytes(StandardCharsets.UTF_8));
            }
            out.write(("], \"meta\": {\"limit\": " + limit + ", \"offset\": " + offset
                    + ", \"order\": \"id\", \"order_type\": \"ASC\"}}").getBytes(StandardCharsets.UTF_8));
        }
    }

    private static void sendJson(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> values = new HashMap<>();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                int equals = pair.indexOf('=');
                if (equals > 0) {
                    values.put(pair.substring(0, equals), pair.substring(equals + 1));
                }
            }
        }
        return values;
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
