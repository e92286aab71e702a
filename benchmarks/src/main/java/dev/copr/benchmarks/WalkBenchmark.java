package dev.copr.benchmarks;

import dev.copr.client.CoprClient;
import dev.copr.client.config.CoprConfig;
import dev.copr.client.config.RetryOptions;
import dev.copr.client.page.Pagination;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Arrays;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * Child JVM (run with {@code -Xmx64m}): walks every project of the stub's owner page by page,
 * through the plain client's {@code Page.stream()} and through the raw JDK client with Jackson
 * ({@link RawCopr#walkProjects}), alternately. Samples the heap used after a GC every
 * {@value #SAMPLE_EVERY} projects; the time of those samples is not counted. Prints one line per
 * round, a summary, and last {@code ratio <median> <lowest> <highest>} of the rounds' time ratios.
 */
public final class WalkBenchmark {

    private static final long MIB = 1L << 20;
    private static final int SAMPLE_EVERY = 10_000;
    private static final String OWNER = "@copr";

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();

    private WalkBenchmark() {
    }

    /** Time and heap of one walk. */
    private record Walk(double seconds, long minUsed, long maxUsed) {
    }

    /** Arguments: the stub's URL, the page size, the number of projects the owner holds, the rounds. */
    public static void main(String[] args) {
        String url = args[0];
        int pageSize = Integer.parseInt(args[1]);
        long expected = Long.parseLong(args[2]);
        int rounds = Integer.parseInt(args[3]);
        CoprClient client = CoprClient.create(CoprConfig.builder().url(url).retry(RetryOptions.disabled()).build());
        RawCopr raw = new RawCopr(url);
        Consumer<LongConsumer> ours = each -> client.projects().getList(OWNER, Pagination.pagesOf(pageSize)).stream()
                .forEach(project -> each.accept(project.id()));
        Consumer<LongConsumer> baseline = each -> raw.walkProjects(OWNER, pageSize, project -> each.accept(project.id()));
        WalkBenchmark benchmark = new WalkBenchmark();
        benchmark.walk(ours, expected); // warm-up
        benchmark.walk(baseline, expected);
        double[] ratios = new double[rounds];
        Walk[] oursWalks = new Walk[rounds];
        Walk[] rawWalks = new Walk[rounds];
        for (int round = 0; round < rounds; round++) {
            oursWalks[round] = benchmark.walk(ours, expected);
            rawWalks[round] = benchmark.walk(baseline, expected);
            ratios[round] = oursWalks[round].seconds() / rawWalks[round].seconds();
            System.out.printf("round %d: ours %.2f s, raw %.2f s%n", round + 1, oursWalks[round].seconds(),
                    rawWalks[round].seconds());
        }
        double[] sorted = ratios.clone();
        Arrays.sort(sorted);
        System.out.printf("walk %d projects in pages of %d with -Xmx%d MiB heap, median of %d interleaved rounds:"
                        + " ours %.2f s, raw JDK HttpClient + Jackson %.2f s; time ours/raw = %.2f (%.2f..%.2f);"
                        + " heap used after GC, sampled every %d projects: ours %.1f..%.1f MiB, raw %.1f..%.1f MiB%n",
                expected, pageSize, Runtime.getRuntime().maxMemory() / MIB, rounds,
                GetThroughput.median(Arrays.stream(oursWalks).mapToDouble(Walk::seconds).toArray()),
                GetThroughput.median(Arrays.stream(rawWalks).mapToDouble(Walk::seconds).toArray()),
                GetThroughput.median(ratios), sorted[0], sorted[rounds - 1], SAMPLE_EVERY,
                mib(Arrays.stream(oursWalks).mapToLong(Walk::minUsed).min().orElseThrow()),
                mib(Arrays.stream(oursWalks).mapToLong(Walk::maxUsed).max().orElseThrow()),
                mib(Arrays.stream(rawWalks).mapToLong(Walk::minUsed).min().orElseThrow()),
                mib(Arrays.stream(rawWalks).mapToLong(Walk::maxUsed).max().orElseThrow()));
        System.out.println("ratio " + GetThroughput.median(ratios) + " " + sorted[0] + " " + sorted[rounds - 1]);
    }

    /** Walks once, checking that the ids come one by one from 1 to {@code expected}. */
    private Walk walk(Consumer<LongConsumer> walker, long expected) {
        long[] count = new long[1];
        long[] sampling = new long[1];
        long[] used = {Long.MAX_VALUE, 0};
        long begin = System.nanoTime();
        walker.accept(id -> {
            if (id != ++count[0]) {
                throw new IllegalStateException("project " + id + " came where " + count[0] + " was expected");
            }
            if (count[0] % SAMPLE_EVERY == 0) {
                long sampleBegin = System.nanoTime();
                System.gc();
                long now = memory.getHeapMemoryUsage().getUsed();
                used[0] = Math.min(used[0], now);
                used[1] = Math.max(used[1], now);
                sampling[0] += System.nanoTime() - sampleBegin;
            }
        });
        double seconds = (System.nanoTime() - begin - sampling[0]) / 1e9;
        if (count[0] != expected) {
            throw new IllegalStateException("walked " + count[0] + " projects, expected " + expected);
        }
        return new Walk(seconds, used[0], used[1]);
    }

    private static double mib(long bytes) {
        return (double) bytes / MIB;
    }
}
