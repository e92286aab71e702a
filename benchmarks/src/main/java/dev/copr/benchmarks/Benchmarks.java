package dev.copr.benchmarks;

import dev.copr.client.CoprClient;
import dev.copr.client.CoprConfig;
import dev.copr.client.RetrySettings;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.Stream;

/**
 * Runs every benchmark once against one local Copr stub and prints the figures with their
 * ratios. The memory cases run in child JVMs with {@code -Xmx64m}. {@code --quick} shrinks every
 * count for a fast check that the harness works; its figures mean nothing.
 *
 * <pre>
 * mvn -B -q -pl benchmarks -am package -DskipTests
 * java -cp "benchmarks/target/copr-benchmarks.jar:benchmarks/target/lib/*" dev.copr.benchmarks.Benchmarks
 * </pre>
 */
public final class Benchmarks {

    private static final long GIB = 1L << 30;
    private static final List<String> SMALL_HEAP = List.of("-Xmx64m");
    private static final String TWO_POOL_THREADS = "-Djava.util.concurrent.ForkJoinPool.common.parallelism=2";

    private final boolean quick;

    private Benchmarks(boolean quick) {
        this.quick = quick;
    }

    /** Prints the figures; exits non-zero when a case fails. */
    public static void main(String[] args) throws Exception {
        new Benchmarks(Arrays.asList(args).contains("--quick")).run();
    }

    private void run() throws Exception {
        System.out.printf("copr-spring-boot benchmarks, %s, Java %s, %d cores, load average %.1f%s%n",
                LocalDate.now(), System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), quick ? " (--quick)" : "");
        try (CoprStub stub = CoprStub.start(16)) {
            System.out.println("stub: in-harness JDK HttpServer at " + stub.url());
            CoprClient client = CoprClient.create(CoprConfig.builder().url(stub.url())
                    .retry(RetrySettings.DISABLED).build());
            GetThroughput.Sequential sequential = sequentialGets(client, stub.url());
            sequentialGetsWithCommonPool(stub.url());
            parallelGets(client, sequential);
            python(stub.url(), sequential);
            upload(stub.url());
            walk(stub.url());
            startup(stub.url());
        }
    }

    private GetThroughput.Sequential sequentialGets(CoprClient client, String url) {
        GetThroughput.Sequential result = GetThroughput.sequential(client, new RawCopr(url),
                scaled(10_000), 5, scaled(3_000));
        System.out.printf("GET build, 1 thread: ours %.0f us/call (%.0f calls/s), raw JDK HttpClient + Jackson"
                        + " %.0f us/call; time ours/raw = %.2f (target <= 1.25)%n", result.oursMicros(),
                1e6 / result.oursMicros(), result.rawMicros(), result.ratio());
        return result;
    }

    /**
     * Spring's JDK request factory calls {@code HttpClient.sendAsync}, whose completion runs on
     * {@code CompletableFuture}'s default executor: with fewer than 3 cores that starts a thread per
     * request. Repeats the comparison in a JVM whose common pool has 2 threads.
     */
    private void sequentialGetsWithCommonPool(String url) throws IOException, InterruptedException {
        if (ForkJoinPool.getCommonPoolParallelism() > 1) {
            return;
        }
        List<String> counts = List.of(url, String.valueOf(scaled(10_000)), "5", String.valueOf(scaled(3_000)));
        ChildJvm.Result result = ChildJvm.run(classpath(), List.of(TWO_POOL_THREADS), SequentialGetBenchmark.class,
                counts, 10);
        System.out.println(result.last());
    }

    private void parallelGets(CoprClient client, GetThroughput.Sequential sequential) throws Exception {
        GetThroughput.parallel(client, 64, scaled(50));
        GetThroughput.Parallel result = GetThroughput.parallel(client, 64, scaled(300));
        System.out.printf("GET build, %d threads sharing one client: %d calls, %d errors, %.0f calls/s;"
                        + " throughput vs 1 thread = %.2f%n", result.threads(), result.calls(), result.errors(),
                result.callsPerSecond(), result.callsPerSecond() / (1e6 / sequential.oursMicros()));
        if (result.errors() > 0) {
            throw new IllegalStateException(result.errors() + " calls failed with 64 threads");
        }
    }

    private void python(String url, GetThroughput.Sequential sequential) throws IOException, InterruptedException {
        if (!PythonRequests.available()) {
            System.out.println("python3 requests: skipped (python3 with requests not found)");
            return;
        }
        Optional<Double> micros = PythonRequests.microsPerGet(url, scaled(200), scaled(2_000));
        micros.ifPresent(python -> System.out.printf("GET build, python3 requests.request() per call as python-copr"
                + " does: %.0f us/call; time python/ours = %.2f%n", python, python / sequential.oursMicros()));
    }

    private void upload(String url) throws IOException, InterruptedException {
        long size = quick ? 64L << 20 : GIB;
        ChildJvm.Result result = ChildJvm.run(classpath(), SMALL_HEAP, UploadBenchmark.class,
                List.of(url, String.valueOf(size)), 20);
        System.out.println(result.last());
    }

    private void walk(String url) throws IOException, InterruptedException {
        ChildJvm.Result result = ChildJvm.run(classpath(), SMALL_HEAP, WalkBenchmark.class,
                List.of(url, "1000", String.valueOf(CoprStub.BUILDS)), 20);
        System.out.println(result.last());
    }

    private void startup(String url) throws IOException, InterruptedException, URISyntaxException {
        Path bootLib = ownLocation().getParent().resolve("lib-boot");
        if (!Files.isDirectory(bootLib)) {
            System.out.println("start-up: skipped (" + bootLib + " missing: build with mvn package)");
            return;
        }
        List<Path> without = new ArrayList<>(List.of(ownLocation()));
        try (Stream<Path> jars = Files.list(bootLib)) {
            jars.filter(jar -> jar.toString().endsWith(".jar")).sorted().forEach(without::add);
        }
        List<String> args = List.of("--copr.url=" + url, "--copr.config-file=none", "--logging.level.root=WARN");
        int runs = quick ? 1 : 5;
        long[] withoutMillis = new long[runs];
        long[] withMillis = new long[runs];
        startupMillis(without, args, 0);
        startupMillis(classpath(), args, 1);
        for (int i = 0; i < runs; i++) {
            withoutMillis[i] = startupMillis(without, args, 0);
            withMillis[i] = startupMillis(classpath(), args, 1);
        }
        long plain = median(withoutMillis);
        long starter = median(withMillis);
        System.out.printf("start-up of a minimal Boot app (JVM start to context ready, median of %d): without"
                + " the starter %d ms, with it %d ms; ratio with/without = %.2f%n", runs, plain, starter,
                (double) starter / plain);
    }

    private static long startupMillis(List<Path> classpath, List<String> args, int expectedClients)
            throws IOException, InterruptedException {
        ChildJvm.Result result = ChildJvm.run(classpath, List.of(), StartupApp.class, args, 5);
        String[] ready = result.lines().stream().filter(line -> line.startsWith("ready ")).findFirst()
                .orElseThrow(() -> new IllegalStateException("StartupApp printed no ready line: " + result.lines()))
                .split(" ");
        if (Integer.parseInt(ready[3]) != expectedClients) {
            throw new IllegalStateException("StartupApp had " + ready[3] + " CoprClient beans, expected "
                    + expectedClients);
        }
        return Long.parseLong(ready[1]);
    }

    private static List<Path> classpath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator)).map(Path::of).toList();
    }

    private static Path ownLocation() throws URISyntaxException {
        return Path.of(Benchmarks.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    private int scaled(int count) {
        return quick ? Math.max(1, count / 100) : count;
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
