package dev.copr.benchmarks;

import dev.copr.client.CoprClient;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongFunction;

/** {@code GET /api_3/build/{id}} throughput: our client against the raw JDK client, one and many threads. */
final class GetThroughput {

    private static final int IDS = 1_000;

    private GetThroughput() {
    }

    /** Time per call of each, measured in interleaved rounds after a warm-up. */
    record Sequential(double oursMicros, double rawMicros) {
        double ratio() {
            return oursMicros / rawMicros;
        }
    }

    /** Calls per second with many threads, and how many calls failed. */
    record Parallel(int threads, int calls, double callsPerSecond, int errors) {
    }

    /**
     * Alternates rounds of {@code perRound} calls of each, after {@code warmUp} calls of each, so
     * that drift of a shared machine hits both alike.
     */
    static Sequential sequential(CoprClient client, RawCopr raw, int warmUp, int rounds, int perRound) {
        LongFunction<Long> ours = id -> client.builds().get(id).id();
        LongFunction<Long> baseline = id -> raw.getBuild(id).id();
        run(ours, warmUp);
        run(baseline, warmUp);
        long oursNanos = 0;
        long rawNanos = 0;
        for (int round = 0; round < rounds; round++) {
            oursNanos += run(ours, perRound);
            rawNanos += run(baseline, perRound);
        }
        double calls = (double) rounds * perRound;
        return new Sequential(oursNanos / calls / 1_000, rawNanos / calls / 1_000);
    }

    /** {@code threads} threads sharing one client, each making {@code callsPerThread} calls. */
    static Parallel parallel(CoprClient client, int threads, int callsPerThread) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicInteger errors = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> workers = new ArrayList<>();
        try {
            for (int t = 0; t < threads; t++) {
                int thread = t;
                workers.add(pool.submit(() -> {
                    start.await();
                    for (int call = 0; call < callsPerThread; call++) {
                        long id = 1 + (thread * callsPerThread + call) % IDS;
                        try {
                            if (client.builds().get(id).id() != id) {
                                errors.incrementAndGet();
                            }
                        } catch (RuntimeException e) {
                            errors.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            long begin = System.nanoTime();
            start.countDown();
            for (Future<?> worker : workers) {
                worker.get(10, TimeUnit.MINUTES);
            }
            double seconds = (System.nanoTime() - begin) / 1e9;
            int calls = threads * callsPerThread;
            return new Parallel(threads, calls, calls / seconds, errors.get());
        } finally {
            pool.shutdownNow();
        }
    }

    private static long run(LongFunction<Long> call, int times) {
        long begin = System.nanoTime();
        for (int i = 0; i < times; i++) {
            long id = 1 + i % IDS;
            if (call.apply(id) != id) {
                throw new IllegalStateException("wrong build for id " + id);
            }
        }
        return System.nanoTime() - begin;
    }
}
