package dev.copr.benchmarks;

import dev.copr.client.build.Build;
import dev.copr.client.build.BuildProxy;
import dev.copr.client.build.BuildWatcher;
import dev.copr.test.CoprStub;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Many builds watched at once until each ends, once by polling and once by Copr's bus events: the
 * API requests each build costs and the time from its end (the stub publishing the chroots' end
 * messages, or changing the state a poll sees) to its watcher returning. Builds end one after the
 * other over {@code spread}, so a polling watcher polls a build about {@code spread / 2 / interval}
 * times more on average.
 */
final class WatchBenchmark {

    /** The stub project the builds are created in. */
    static final String PROJECT = "bench";

    private WatchBenchmark() {
    }

    /** Requests per build and return latencies of one way of watching. */
    record Result(String name, int builds, double requestsPerBuild, double medianMillis, double p90Millis) {

        @Override
        public String toString() {
            return String.format("%-8s %d builds: %.2f requests per build, end -> return median %.1f ms, p90 %.1f ms",
                    name, builds, requestsPerBuild, medianMillis, p90Millis);
        }
    }

    /**
     * Watches {@code count} new builds of the stub's project {@value #PROJECT} through
     * {@code builds}, each in its own thread, and ends them one by one over {@code spread}.
     */
    static Result run(String name, CoprStub stub, BuildProxy builds, BuildWatcher watcher, int count,
                      Duration spread) throws Exception {
        List<Build> started = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            started.add(builds.createFromUrl(CoprStub.DEFAULT_USER.name(), PROJECT, "https://example.com/bench-1.0-" + i + ".src.rpm"));
        }
        ExecutorService threads = Executors.newFixedThreadPool(count);
        try {
            List<Future<Long>> returned = new ArrayList<>();
            for (Build build : started) {
                returned.add(threads.submit(() -> {
                    watcher.waitFor(build);
                    return System.nanoTime();
                }));
            }
            awaitFirstPolls(stub, started);
            long[] ended = new long[count];
            long pause = spread.toNanos() / count;
            for (int i = 0; i < count; i++) {
                ended[i] = System.nanoTime();
                stub.finishBuild(started.get(i).id());
                TimeUnit.NANOSECONDS.sleep(pause);
            }
            double[] millis = new double[count];
            int requests = 0;
            for (int i = 0; i < count; i++) {
                millis[i] = (returned.get(i).get(1, TimeUnit.MINUTES) - ended[i]) / 1e6;
                requests += stub.requests("GET", "/api_3/build/" + started.get(i).id()).size();
            }
            Arrays.sort(millis);
            return new Result(name, count, (double) requests / count, millis[count / 2], millis[count * 9 / 10]);
        } finally {
            threads.shutdownNow();
        }
    }

    /** Waits until every watcher has polled its build once, so that the ends come after the first polls. */
    private static void awaitFirstPolls(CoprStub stub, List<Build> builds) throws InterruptedException {
        for (Build build : builds) {
            while (stub.requests("GET", "/api_3/build/" + build.id()).isEmpty()) {
                Thread.sleep(1);
            }
        }
    }
}
