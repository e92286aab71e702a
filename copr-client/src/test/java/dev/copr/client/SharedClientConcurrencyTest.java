package dev.copr.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import dev.copr.client.build.Build;
import dev.copr.client.build.BuildOptions;
import dev.copr.client.config.CoprConfig;
import dev.copr.client.config.RetryOptions;
import dev.copr.client.exception.CoprNoResultException;
import dev.copr.client.page.Page;
import dev.copr.client.page.Pagination;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One {@link CoprClient} shared by many threads: every call gets its own answer, none is lost or
 * repeated. The stub derives each answer from its request, so a mixed-up answer shows.
 */
class SharedClientConcurrencyTest {

    private static final int THREADS = 32;
    private static final int CALLS_PER_THREAD = 100;
    private static final int MISSING = 9_999;
    private static final Pattern BUILD_ID = Pattern.compile("/api_3/build/(\\d+)");
    private static final Pattern OFFSET = Pattern.compile("offset=(\\d+)");
    private static final Pattern PACKAGE_URL = Pattern.compile("https://example.org/pkg-(\\d+)\\.src\\.rpm");

    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger posts = new AtomicInteger();
    private ExecutorService serverThreads;
    private HttpServer server;

    @BeforeEach
    void startCopr() throws IOException {
        serverThreads = Executors.newFixedThreadPool(8);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), THREADS);
        server.createContext("/api_3/", this::answer);
        server.setExecutor(serverThreads);
        server.start();
    }

    @AfterEach
    void stopCopr() {
        server.stop(0);
        serverThreads.shutdownNow();
    }

    @Test
    void manyThreadsShareOneClientAndEachGetsItsOwnAnswer() throws Exception {
        CoprClient client = CoprClient.create(CoprConfig.builder()
                .url("http://127.0.0.1:" + server.getAddress().getPort()).credentials("login", "token")
                .retry(RetryOptions.disabled()).build());
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> workers = new ArrayList<>();
        try {
            for (int thread = 0; thread < THREADS; thread++) {
                workers.add(pool.submit(worker(client, thread, start)));
            }
            start.countDown();
            int postsSent = 0;
            for (Future<Integer> worker : workers) {
                postsSent += worker.get(60, TimeUnit.SECONDS);
            }

            assertThat(requests.get()).isEqualTo(THREADS * CALLS_PER_THREAD);
            assertThat(posts.get()).isEqualTo(postsSent);
        } finally {
            pool.shutdownNow();
        }
    }

    /** A mix of reads, list pages, writes and 404s; checks every answer and returns how many POSTs it sent. */
    private static Callable<Integer> worker(CoprClient client, int thread, CountDownLatch start) {
        return () -> {
            start.await();
            int postsSent = 0;
            for (int call = 0; call < CALLS_PER_THREAD; call++) {
                long id = 1L + thread * CALLS_PER_THREAD + call;
                switch ((thread + call) % 4) {
                    case 0 -> assertThat(client.builds().get(id).id()).isEqualTo(id);
                    case 1 -> {
                        Page<Build> page = client.builds().getList("@copr", "copr-dev",
                                Pagination.builder().limit(2).offset((int) id).build());
                        assertThat(page.items()).extracting(Build::id).containsExactly(id + 1, id + 2);
                    }
                    case 2 -> {
                        Build created = client.builds().createFromUrl("@copr", "copr-dev",
                                "https://example.org/pkg-" + id + ".src.rpm", BuildOptions.builder().chroots("fedora-41-x86_64").build());
                        assertThat(created.id()).isEqualTo(100_000 + id);
                        postsSent++;
                    }
                    default -> {
                        CoprNoResultException missing = catchThrowableOfType(CoprNoResultException.class,
                                () -> client.builds().get(MISSING));
                        assertThat(missing.getRequest()).isEqualTo("GET /api_3/build/" + MISSING);
                    }
                }
            }
            return postsSent;
        };
    }

    private void answer(HttpExchange exchange) throws IOException {
        requests.incrementAndGet();
        String path = exchange.getRequestURI().getPath();
        String body;
        try (InputStream in = exchange.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher buildId = BUILD_ID.matcher(path);
        Matcher offset = OFFSET.matcher(String.valueOf(exchange.getRequestURI().getRawQuery()));
        Matcher packageUrl = PACKAGE_URL.matcher(body);
        if (path.equals("/api_3/build/create/url") && packageUrl.find()) {
            posts.incrementAndGet();
            send(exchange, 200, "{\"items\": [" + ApiSamples.build(100_000 + Long.parseLong(packageUrl.group(1))) + "]}");
        } else if (path.equals("/api_3/build/list") && offset.find()) {
            long from = Long.parseLong(offset.group(1));
            send(exchange, 200, ApiSamples.list("{\"limit\": 2, \"offset\": " + from + "}",
                    ApiSamples.build(from + 1), ApiSamples.build(from + 2)));
        } else if (buildId.matches() && !buildId.group(1).equals(String.valueOf(MISSING))) {
            send(exchange, 200, ApiSamples.build(Long.parseLong(buildId.group(1))));
        } else {
            send(exchange, 404, "{\"error\": \"Build " + MISSING + " does not exist.\"}");
        }
    }

    private static void send(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
