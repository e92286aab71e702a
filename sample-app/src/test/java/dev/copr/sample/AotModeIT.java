package dev.copr.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The executable jar as {@code process-aot} and {@code repackage} left it, started in AOT mode
 * ({@code -Dspring.aot.enabled=true}) in a JVM of its own, the one this test runs on: the offline
 * tour runs to the end and the app then answers over REST and Actuator. Run by failsafe after
 * {@code package}, on JDK 17 and in the JDK 25 execution.
 */
class AotModeIT {

    private static final Duration START_UP = Duration.ofMinutes(2);
    private static final Pattern SERVING = Pattern.compile("keeps serving .* on port (\\d+) until stopped");
    /** Put in the queue after the app's last line. */
    private static final String END = "\0end of output";

    private final List<String> output = new ArrayList<>();
    private Process app;

    @AfterEach
    void stopApp() throws InterruptedException {
        if (app != null) {
            app.destroy();
            if (!app.waitFor(30, TimeUnit.SECONDS)) {
                app.destroyForcibly();
            }
        }
    }

    @Test
    void aotProcessedJarRunsTheTourAndServesBuildsHealthAndMetrics() throws Exception {
        BlockingQueue<String> lines = start(Path.of(System.getProperty("sample.jar")), "-Dspring.aot.enabled=true",
                "--server.port=0", "--sample.watch-interval=10ms");

        int port = Integer.parseInt(awaitLine(lines, SERVING).group(1));

        assertThat(String.join("\n", output))
                .contains("Starting AOT-processed SampleApplication")
                .contains("Talking to an in-process Copr stub")
                .contains("logged in as tester")
                .contains("Uploading hello-1.0-1.src.rpm: 4194304 of 4194304 bytes (100%)")
                .contains("pending -> importing").contains("running -> failed")
                .contains("Some builds did not succeed")
                .contains("Copr build error: Build failed");
        assertThat(get(port, "/builds")).contains("\"state\":\"failed\"")
                .contains("\"projectname\":\"copr-spring-boot-sample\"");
        assertThat(get(port, "/actuator/health/copr")).contains("\"status\":\"UP\"").contains("\"user\":\"tester\"");
        assertThat(get(port, "/actuator/metrics/copr.client.requests?tag=operation:build.create_from_file"))
                .contains("\"name\":\"copr.client.requests\"");
        assertThat(get(port, "/actuator/metrics/copr.build.watch?tag=outcome:FAILED")).contains("COUNT");
    }

    /** Starts the jar on this test's JVM; its output arrives line by line in the queue. */
    private BlockingQueue<String> start(Path jar, String jvmOption, String... arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElseThrow(),
                jvmOption, "-jar", jar.toString()));
        command.addAll(List.of(arguments));
        app = new ProcessBuilder(command).redirectErrorStream(true).start();
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(app.getInputStream(), StandardCharsets.UTF_8))) {
                in.lines().forEach(lines::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                lines.add(END);
            }
        }, "sample-app-output");
        reader.setDaemon(true);
        reader.start();
        return lines;
    }

    private Matcher awaitLine(BlockingQueue<String> lines, Pattern pattern) throws InterruptedException {
        long deadline = System.nanoTime() + START_UP.toNanos();
        while (System.nanoTime() < deadline) {
            String line = lines.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (line == null) {
                break;
            }
            if (line.equals(END)) {
                throw new AssertionError("the app stopped before a line matched '" + pattern + "':\n"
                        + String.join("\n", output));
            }
            output.add(line);
            Matcher matcher = pattern.matcher(line);
            if (matcher.find()) {
                return matcher;
            }
        }
        throw new AssertionError("no line matching '" + pattern + "' within " + START_UP + ":\n" + String.join("\n", output));
    }

    private static String get(int port, String path) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + " answered " + response.body()).isEqualTo(200);
        return response.body();
    }
}
