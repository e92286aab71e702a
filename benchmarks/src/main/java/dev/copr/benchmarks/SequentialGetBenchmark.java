package dev.copr.benchmarks;

import dev.copr.client.CoprClient;
import dev.copr.client.CoprConfig;
import dev.copr.client.RetrySettings;

import java.util.concurrent.ForkJoinPool;

/**
 * Child JVM: the sequential GET comparison in a JVM of its own, to see how JVM options (such as the
 * common pool's parallelism, which decides whether {@code CompletableFuture} starts a thread per
 * async task) change it.
 */
public final class SequentialGetBenchmark {

    private SequentialGetBenchmark() {
    }

    /** Arguments: the stub's URL, warm-up calls, rounds and calls per round. */
    public static void main(String[] args) {
        CoprClient client = CoprClient.create(CoprConfig.builder().url(args[0]).retry(RetrySettings.DISABLED).build());
        GetThroughput.Sequential result = GetThroughput.sequential(client, new RawCopr(args[0]),
                Integer.parseInt(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]));
        System.out.printf("GET build, 1 thread, common pool parallelism %d: ours %.0f us/call, raw %.0f us/call;"
                        + " time ours/raw = %.2f%n", ForkJoinPool.getCommonPoolParallelism(), result.oursMicros(),
                result.rawMicros(), result.ratio());
    }
}
