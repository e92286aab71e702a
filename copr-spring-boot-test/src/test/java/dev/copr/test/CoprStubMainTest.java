package dev.copr.test;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copr.client.CoprClient;
import dev.copr.client.CoprUser;
import dev.copr.client.config.CoprConfig;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The stub on its own, in a JVM of its own, as a developer or another client would start it. */
class CoprStubMainTest {

    private Process stub;

    @AfterEach
    void stop() throws InterruptedException {
        stub.destroy();
        stub.waitFor(10, TimeUnit.SECONDS);
    }

    /** Starts the main class and reads the {@code ~/.config/copr} section it prints. */
    private Map<String, String> start(String... args) throws IOException {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), CoprStubMain.class.getName()));
        command.addAll(List.of(args));
        stub = new ProcessBuilder(command).redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(stub.getInputStream(), StandardCharsets.UTF_8));
        Map<String, String> section = new HashMap<>();
        for (String line = out.readLine(); line != null && !line.startsWith("encrypted"); line = out.readLine()) {
            int equals = line.indexOf(" = ");
            if (equals > 0) {
                section.put(line.substring(0, equals), line.substring(equals + 3));
            }
        }
        return section;
    }

    @Test
    void servesTheApiAndPrintsCredentialsPythonCoprCanRead() throws IOException, InterruptedException {
        Map<String, String> copr = start("--port", "0");

        CoprUser me = CoprClient.create(CoprConfig.builder().url(copr.get("copr_url"))
                .credentials(copr.get("login"), copr.get("token")).build()).authCheck();
        HttpResponse<String> root = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(copr.get("copr_url") + "/api_3/")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(me.name()).isEqualTo(copr.get("username")).isEqualTo("tester");
        assertThat(root.statusCode()).isEqualTo(200);
        assertThat(root.body()).contains("\"version\"");
    }
}
