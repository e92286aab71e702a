package dev.copr.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongFunction;

/** {@code GET /api_3/build/{id}} through several clients, one and many threads. */
final class GetThroughput {

    private static final int IDS = 1_000;

    private GetThroughput() {
    }

    /** A way to get a build: returns the id of the build it got. */
    record Contender(String name, LongFunction<Long> call) {
    }

    /** Time per call of each contender in each round, in microseconds: {@code micros[contender][round]}. */
    record Rounds(List<Contender> contenders, double[][] micros) {

        double medianMicros(int contender) {
            return median(micros[contender]);
        }

        /** The ratio of two contenders' times, round by round: median, lowest, highest. */
        Ratio ratio(int numerator, int denominator) {
            double[] ratios = new double[micros[0].length];
            for (int round = 0; round < ratios.length; round++) {
                ratios[round] = micros[numerator][round] / micros[denominator][round];
            }
            return Ratio.of(ratios);
        }
    }

    /** A ratio over interleaved rounds. */
    record Ratio(double median, double lowest, double highest) {

        /** The median, lowest and highest of the rounds' ratios. */
        static Ratio of(double[] ratios) {
            return new Ratio(GetThroughput.median(ratios), Arrays.stream(ratios).min().orElseThrow(),
                    Arrays.stream(ratios).max().orElseThrow());
        }

        @Override
        public String toString() {
            return String.format("%.2f (%.2f..%.2f)", median, lowest, highest);
        }
    }

    /** Calls per second with many threads, and how many calls failed. */
    record Parallel(int threads, int calls, double callsPerSecond, int errors) {
    }

    /**
     * Alternates rounds of {@code perRound} calls of each contender, after {@code warmUp} calls of
     * each, so that drift of a shared machine hits all alike.
     */
    static Rounds interleaved(List<Contender> contenders, int warmUp, int rounds, int perRound) {
        contenders.forEach(contender -> run(contender.call(), warmUp));
        double[][] micros = new double[contenders.size()][rounds];
        for (int round = 0; round < rounds; round++) {
            for (int c = 0; c < contenders.size(); c++) {
                micros[c][round] = run(contenders.get(c).call(), perRound) / 1_000.0 / perRound;
            }
        }
        return new Rounds(contenders, micros);
    }

    /** Threads the JVM started per call, over {@code calls} calls after a warm-up. */
    static double threadsStartedPerCall(LongFunction<Long> call, int calls) {
        run(call, calls);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long before = threads.getTotalStartedThreadCount();
        run(call, calls);
        return (threads.getTotalStartedThreadCount() - before) / (double) calls;
    }

    /** {@code threads} platform threads sharing one client, each making {@code callsPerThread} calls. */
    static Parallel parallel(LongFunction<Long> call, int threads, int callsPerThread) throws Exception {
        return parallel(call, Executors.newFixedThreadPool(threads), threads, callsPerThread);
    }

    /**
     * {@code threads} virtual threads sharing one client, each making {@code callsPerThread} calls;
     * Java 21 or later.
     */
    static Parallel parallelVirtual(LongFunction<Long> call, int threads, int callsPerThread) throws Exception {
        // Called by name: the harness is compiled for Java 17, which has no virtual threads
        ExecutorService perTask = (ExecutorService) Executors.class.getMethod("newVirtualThreadPerTaskExecutor")
                .invoke(null);
        return parallel(call, perTask, threads, callsPerThread);
    }

    /** Whether this JVM has virtual threads (Java 21 or later). */
    static boolean virtualThreadsAvailable() {
        return Runtime.version().feature() >= 21;
    }

    private static Parallel parallel(LongFunction<Long> call, ExecutorService pool, int threads, int callsPerThread)
            throws Exception {
        AtomicInteger errors = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> workers = new ArrayList<>();
        try {
            for (int t = 0; t < threads; t++) {
                int thread = t;
                workers.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < callsPerThread; i++) {
                        long id = 1 + (thread * callsPerThread + i) % IDS;
                        try {
                            if (call.apply(id) != id) {
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

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
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
