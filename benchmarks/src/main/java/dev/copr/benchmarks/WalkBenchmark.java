package dev.copr.benchmarks;

import dev.copr.client.CoprClient;
import dev.copr.client.build.Build;
import dev.copr.client.config.CoprConfig;
import dev.copr.client.page.Pagination;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Iterator;

/**
 * Child JVM (run with {@code -Xmx64m}): walks every build of the stub's project page by page
 * through {@code Page.stream()} and samples the heap used after a GC every 10 000 builds.
 */
public final class WalkBenchmark {

    private static final long MIB = 1L << 20;
    private static final int SAMPLE_EVERY = 10_000;

    private WalkBenchmark() {
    }

    /** Arguments: the stub's URL, the page size and the number of builds the project holds. */
    public static void main(String[] args) {
        CoprClient client = CoprClient.create(CoprConfig.builder().url(args[0]).build());
        int pageSize = Integer.parseInt(args[1]);
        long expected = Long.parseLong(args[2]);
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long minUsed = Long.MAX_VALUE;
        long maxUsed = 0;
        long count = 0;
        long begin = System.nanoTime();
        Iterator<Build> builds = client.builds().getList("@copr", "copr-dev",
                Pagination.pagesOf(pageSize)).stream().iterator();
        while (builds.hasNext()) {
            long id = builds.next().id();
            if (id != ++count) {
                throw new IllegalStateException("build " + id + " came where " + count + " was expected");
            }
            if (count % SAMPLE_EVERY == 0) {
                System.gc();
                long used = memory.getHeapMemoryUsage().getUsed();
                minUsed = Math.min(minUsed, used);
                maxUsed = Math.max(maxUsed, used);
            }
        }
        double seconds = (System.nanoTime() - begin) / 1e9;
        if (count != expected) {
            throw new IllegalStateException("walked " + count + " builds, expected " + expected);
        }
        System.out.printf("walk %d builds in pages of %d with -Xmx%d MiB heap: %.2f s (%.0f builds/s, %d requests);"
                        + " heap used after GC, sampled every %d builds: %.1f..%.1f MiB%n", count, pageSize,
                Runtime.getRuntime().maxMemory() / MIB, seconds, count / seconds, count / pageSize + 1,
                SAMPLE_EVERY, (double) minUsed / MIB, (double) maxUsed / MIB);
    }
}
