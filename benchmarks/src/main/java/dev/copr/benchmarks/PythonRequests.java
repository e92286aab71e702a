package dev.copr.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * python-copr's way of sending a GET, timed in {@code python3}: one {@code requests.request()}
 * per call (python-copr keeps no session, so each call opens a connection) and
 * {@code response.json()}. Skipped when {@code python3} or {@code requests} is missing.
 */
final class PythonRequests {

    private static final String SCRIPT = String.join("\n",
            "import sys, time, requests",
            "base, warm, n = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])",
            "def get(i):",
            "    r = requests.request(method='GET', url=base + '/api_3/build/' + str(i), params=None, headers=None)",
            "    if r.status_code != 200 or r.json()['id'] != i:",
            "        raise SystemExit('bad answer for build ' + str(i))",
            "for i in range(warm):",
            "    get(1 + i % 1000)",
            "begin = time.perf_counter()",
            "for i in range(n):",
            "    get(1 + i % 1000)",
            "print((time.perf_counter() - begin) / n * 1e6)");

    private PythonRequests() {
    }

    /** Whether {@code python3 -c 'import requests'} works here. */
    static boolean available() {
        try {
            Process probe = new ProcessBuilder("python3", "-c", "import requests").redirectErrorStream(true).start();
            probe.getInputStream().readAllBytes();
            return probe.waitFor(60, TimeUnit.SECONDS) && probe.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Microseconds per GET, or empty when the script failed. */
    static Optional<Double> microsPerGet(String url, int warmUp, int calls) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(List.of("python3", "-c", SCRIPT, url, String.valueOf(warmUp),
                String.valueOf(calls))).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
            System.out.println("  python3 requests: failed: " + output);
            return Optional.empty();
        }
        return Optional.of(Double.parseDouble(output.lines().reduce((first, second) -> second).orElse("")));
    }
}
