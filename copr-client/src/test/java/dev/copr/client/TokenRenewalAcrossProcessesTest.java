package dev.copr.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.copr.client.config.ClassicConfigFile;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two JVMs renew the token of one config file at the same moment, against a Copr that invalidates
 * a token as soon as it renews it: one of them renews, the other waits for the lock beside the file
 * and then takes the renewed token from the file instead of renewing the invalidated one.
 */
class TokenRenewalAcrossProcessesTest {

    private static final int ROUNDS = 5;

    @TempDir
    Path dir;

    private final List<Process> processes = new ArrayList<>();
    private RotatingTokenCopr copr;

    @AfterEach
    void stop() {
        processes.forEach(Process::destroyForcibly);
        if (copr != null) {
            copr.close();
        }
    }

    @Test
    @Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void twoProcessesRenewingAtOnceRenewOnceAndBothUseTheRenewedToken() throws Exception {
        copr = new RotatingTokenCopr();
        Path file = dir.resolve("copr");
        Child first = start(file);
        Child second = start(file);
        for (int round = 1; round <= ROUNDS; round++) {
            String before = copr.validToken();
            Files.writeString(file, configFile(before));
            first.send("read the file");
            second.send("read the file");
            first.awaitLine(RenewingProcess.READY);
            second.awaitLine(RenewingProcess.READY);

            first.send("renew");
            second.send("renew");
            first.awaitLine(RenewingProcess.AUTHENTICATED);
            second.awaitLine(RenewingProcess.AUTHENTICATED);

            assertThat(copr.renewals()).as("renewals after round %d", round).isEqualTo(round);
            assertThat(ClassicConfigFile.read(file).token()).isEqualTo(copr.validToken()).isNotEqualTo(before);
        }
        first.awaitSuccessfulEnd();
        second.awaitSuccessfulEnd();
    }

    private String configFile(String token) {
        return """
                [copr-cli]
                login = %s
                username = jdoe
                token = %s
                copr_url = %s
                encrypted = False
                # expiration date: 2026-12-20
                """.formatted(RotatingTokenCopr.LOGIN, token, copr.url());
    }

    private Child start(Path file) throws IOException {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), RenewingProcess.class.getName(), file.toString())
                .redirectErrorStream(true).start();
        processes.add(process);
        return new Child(process, new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8),
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8)),
                new ArrayList<>());
    }

    /** A child JVM and what it printed so far, shown when it fails. */
    private record Child(Process process, Writer in, BufferedReader out, List<String> lines) {

        void send(String line) throws IOException {
            in.write(line + "\n");
            in.flush();
        }

        void awaitLine(String expected) throws IOException {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                lines.add(line);
                if (line.equals(expected)) {
                    return;
                }
            }
            fail("The child JVM ended without saying '" + expected + "':\n" + String.join("\n", lines));
        }

        void awaitSuccessfulEnd() throws IOException, InterruptedException {
            in.close();
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).as(String.join("\n", lines)).isZero();
        }
    }
}
