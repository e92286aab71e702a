package dev.copr.test;

import static dev.copr.test.assertj.CoprStubAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.copr.client.build.BuildState;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A client that is not Java: {@code drive_stub.py} sends python-copr's requests with the
 * {@code requests} library. Skipped when {@code python3} with {@code requests} is not installed.
 */
class PythonRequestsTest {

    private final CoprStub copr = CoprStub.builder().buildProgression(BuildProgression.ON_POLL).start();

    @AfterEach
    void stop() {
        copr.close();
    }

    @Test
    void pythonRequestsClientGetsCoprsAnswers(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(pythonWithRequests(), "python3 with the requests module is not installed:"
                + " skipping the test that drives the Copr stub from Python");
        Path script = dir.resolve("drive_stub.py");
        try (InputStream in = PythonRequestsTest.class.getResourceAsStream("/python/drive_stub.py")) {
            Files.copy(in, script);
        }
        Path srpm = Files.write(dir.resolve("hello-2.12-1.src.rpm"), new byte[10_000]);

        ProcessBuilder python = new ProcessBuilder("python3", script.toString(), srpm.toString())
                .redirectErrorStream(true);
        python.environment().put("COPR_URL", copr.url().toString());
        python.environment().put("COPR_LOGIN", copr.defaultUser().login());
        python.environment().put("COPR_TOKEN", copr.defaultUser().token());
        Process process = python.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        boolean exited = process.waitFor(60, TimeUnit.SECONDS);

        assertThat(exited).isTrue();
        assertThat(output.strip()).isEqualTo("ok");
        assertThat(process.exitValue()).isZero();
        assertThat(copr.buildIds()).allSatisfy(id -> assertThat(copr.buildState(id)).isEqualTo(BuildState.SUCCEEDED));
        assertThat(copr).receivedRequest("POST", "/build/create/upload").isAuthenticatedAs("tester")
                .hasUploaded("pkgs", srpm);
        assertThat(copr).receivedRequest("GET", "/monitor").hasQueryParam("additional_fields[]", "url_build_log");
        assertThat(copr).receivedRequest("POST", "/project/add/tester").hasQueryParam("exist_ok", "False")
                .hasNoBodyField("homepage").hasBodyField("chroots", List.of("fedora-rawhide-x86_64", "epel-9-x86_64"));
        assertThat(copr.requests()).allSatisfy(request -> assertThat(request.userAgent()).startsWith("copr python-copr"));
    }

    private static boolean pythonWithRequests() throws InterruptedException {
        try {
            Process check = new ProcessBuilder("python3", "-c", "import requests").redirectErrorStream(true).start();
            check.getInputStream().transferTo(OutputStream.nullOutputStream());
            return check.waitFor(30, TimeUnit.SECONDS) && check.exitValue() == 0;
        } catch (IOException e) {
            return false;
        }
    }
}
