package dev.copr.sample;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copr.client.VirtualThreads;
import dev.copr.client.build.BuildState;
import dev.copr.test.CoprStub;

import jakarta.servlet.Filter;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledForJreRange;
import org.junit.jupiter.api.condition.JRE;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;

/**
 * The sample app with {@code spring.threads.virtual.enabled=true}: Tomcat serves every request on
 * a virtual thread, the tour and a hundred concurrent requests through the starter's client work,
 * and no virtual thread blocks while pinned to its carrier (recorded with JFR once a first request
 * of each kind has loaded the classes: loading a class still pins on JDK 25). Runs in the JDK 25
 * execution (disabled on 17, which has no virtual threads).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = {"spring.threads.virtual.enabled=true", "sample.watch-interval=10ms"})
@EnabledForJreRange(min = JRE.JAVA_21, disabledReason = "virtual threads need Java 21 or later (a preview on 17):"
        + " this test runs in the build's JDK 25 execution (surefire execution java25)")
class VirtualThreadsTest {

    private static final int CONCURRENT_REQUESTS = 100;

    @Autowired
    CoprStub stub;

    @Autowired
    RequestThreads requestThreads;

    @LocalServerPort
    int port;

    @Test
    void tourAndConcurrentRequestsRunOnVirtualThreadsWithoutPinning() {
        assertThat(stub.buildIds()).as("two builds submitted, then a rebuild of each one's failed chroot").hasSize(4);
        assertThat(stub.buildIds().subList(0, 2))
                .allSatisfy(id -> assertThat(stub.buildState(id)).isEqualTo(BuildState.FAILED));

        HttpClient http = HttpClient.newHttpClient();
        List<String> paths = List.of("/builds", "/actuator/health/copr");
        paths.forEach(path -> assertThat(http.sendAsync(request(path), HttpResponse.BodyHandlers.ofString()).join()
                .statusCode()).isEqualTo(200));
        List<CompletableFuture<HttpResponse<String>>> answers;
        List<String> pinnings;
        try (VirtualThreads.PinningRecorder pinning = new VirtualThreads.PinningRecorder()) {
            answers = IntStream.range(0, CONCURRENT_REQUESTS)
                    .mapToObj(i -> http.sendAsync(request(paths.get(i % 2)), HttpResponse.BodyHandlers.ofString()))
                    .toList();
            answers.forEach(CompletableFuture::join);
            pinnings = pinning.pinnings();
        }

        assertThat(answers).allSatisfy(answer -> assertThat(answer.join().statusCode()).isEqualTo(200));
        assertThat(answers.get(0).join().body()).contains("\"state\":\"failed\"");
        assertThat(answers.get(1).join().body()).contains("\"status\":\"UP\"");
        assertThat(requestThreads.names).isNotEmpty().allSatisfy(name -> assertThat(name).startsWith("VirtualThread"));
        assertThat(pinnings).as("virtual threads blocked while pinned").isEmpty();
    }

    private HttpRequest request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build();
    }

    /** Notes the thread each request is served on. */
    static class RequestThreads {

        final Set<String> names = ConcurrentHashMap.newKeySet();
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class RequestThreadsConfiguration {

        @Bean
        RequestThreads requestThreads() {
            return new RequestThreads();
        }

        @Bean
        Filter requestThreadFilter(RequestThreads threads) {
            return (request, response, chain) -> {
                threads.names.add(Thread.currentThread().toString());
                chain.doFilter(request, response);
            };
        }
    }
}
