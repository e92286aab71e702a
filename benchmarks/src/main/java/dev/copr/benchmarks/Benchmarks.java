package dev.copr.benchmarks;

import dev.copr.client.CoprClient;
import dev.copr.client.build.BuildProxy;
import dev.copr.client.build.BuildWatcher;
import dev.copr.client.config.CoprConfig;
import dev.copr.client.config.RetryOptions;
import dev.copr.test.CoprStubUser;
import dev.copr.test.amqp.AmqpBusPublisher;
import dev.copr.test.bus.EmbeddedCoprBus;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Runs every benchmark against one local Copr stub and prints the figures with their ratios. First
 * the cases issues 21 and 22 set targets for, each compared with the raw JDK {@code HttpClient} (and
 * Jackson) in interleaved rounds (ours, raw, ours, raw, ...) and summed up in a table of median
 * ratios with their spread, and the heap of a long log's tail; then the other figures (the starter's
 * bean, uploads, python-copr's way, the web start-up, build watching). {@code --targets} runs the
 * target cases alone;
 * {@code --quick} shrinks every count for a fast check that the harness works, its figures mean
 * nothing.
 *
 * <pre>
 * mvn -B -q -pl benchmarks -am package -DskipTests
 * java -cp "benchmarks/target/copr-benchmarks.jar:benchmarks/target/lib/*" dev.copr.benchmarks.Benchmarks
 * </pre>
 */
public final class Benchmarks {

    private static final long GIB = 1L << 30;
    private static final List<String> SMALL_HEAP = List.of("-Xmx64m");
    /** Jars only the starter brings to a minimal application. */
    private static final Pattern STARTER_ONLY = Pattern.compile("copr-spring-boot-autoconfigure-"
            + "|copr-spring-boot-starter-|spring-boot-http-client-|spring-boot-http-converter-");
    /** Jars only the starter brings to a web application: Spring MVC brings spring-boot-http-converter too. */
    private static final Pattern STARTER_ONLY_IN_WEB_APP = Pattern.compile(
            "copr-spring-boot-autoconfigure-|copr-spring-boot-starter-|spring-boot-http-client-");

    private final boolean quick;
    private final boolean targetsOnly;

    private Benchmarks(boolean quick, boolean targetsOnly) {
        this.quick = quick;
        this.targetsOnly = targetsOnly;
    }

    /** Prints the figures; exits non-zero when a case fails. */
    public static void main(String[] args) throws Exception {
        List<String> options = Arrays.asList(args);
        new Benchmarks(options.contains("--quick"), options.contains("--targets")).run();
    }

    private void run() throws Exception {
        System.out.printf("copr-spring-boot benchmarks, %s, Java %s, %d cores, load average %.1f%s%n",
                LocalDate.now(), System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), quick ? " (--quick)" : "");
        try (CoprStub stub = CoprStub.start(16); StarterContext starter = StarterContext.start(stub.url())) {
            System.out.println("stub: in-harness JDK HttpServer at " + stub.url());
            BuildProxy plain = CoprClient.create(CoprConfig.builder().url(stub.url())
                    .retry(RetryOptions.disabled()).build()).builds();
            RawCopr raw = new RawCopr(stub.url());
            List<GetThroughput.Contender> contenders = List.of(
                    new GetThroughput.Contender("raw", id -> raw.getBuild(id).id()),
                    new GetThroughput.Contender("plain", id -> plain.get(id).id()),
                    new GetThroughput.Contender("starter", id -> starter.builds().get(id).id()));
            List<Target> targets = new ArrayList<>();
            GetThroughput.Rounds rounds = sequentialGets(contenders, targets);
            walk(stub.url(), targets);
            parallelGets(contenders, targets);
            targets.add(new Target("start-up CPU of a minimal app, with/without starter",
                    startup(stub.url(), "minimal", List.of()), true, 1.10));
            downloadAndTail(targets);
            System.out.printf("%ntargets of issues 21 and 22 (median ratio of interleaved rounds, lowest..highest in"
                    + " brackets):%n");
            targets.forEach(System.out::println);
            if (targetsOnly) {
                return;
            }
            System.out.println();
            threadsPerCall(contenders);
            virtualThreadGets(contenders.get(1));
            python(stub.url(), rounds.medianMicros(1));
            upload(stub.url(), "plain");
            upload(stub.url(), "starter");
            startup(stub.url(), "web + actuator", List.of("--server.port=0"));
        }
        watch();
    }

    /**
     * Builds watched by polling and by Copr's bus events: the test kit's stub publishes its builds' messages to
     * an embedded broker, and a Spring Boot application with {@code copr.events.enabled} consumes them.
     */
    private void watch() throws Exception {
        int builds = quick ? 10 : 100;
        Duration spread = quick ? Duration.ofMillis(500) : Duration.ofSeconds(5);
        Duration interval = Duration.ofSeconds(1);
        CoprStubUser user = dev.copr.test.CoprStub.DEFAULT_USER;
        try (EmbeddedCoprBus bus = EmbeddedCoprBus.start();
             AmqpBusPublisher publisher = AmqpBusPublisher.connect(bus.uri());
             dev.copr.test.CoprStub stub = dev.copr.test.CoprStub.builder().busPublisher(publisher).start();
             StarterContext events = StarterContext.start("--copr.url=" + stub.url(), "--copr.login=" + user.login(),
                     "--copr.token=" + user.token(), "--copr.config-file=none", "--logging.level.root=WARN",
                     "--copr.events.enabled=true", "--copr.events.host=" + bus.host(),
                     "--copr.events.port=" + bus.port(), "--copr.events.virtual-host=" + bus.virtualHost(),
                     "--copr.events.username=" + bus.username(), "--copr.events.password=" + bus.password())) {
            CoprClient plain = CoprClient.create(CoprConfig.builder().url(stub.url().toString())
                    .credentials(user.login(), user.token()).build());
            plain.projects().add(user.name(), WatchBenchmark.PROJECT, List.of("fedora-rawhide-x86_64"));
            BuildWatcher byEvents = events.builds().watcher().interval(interval).build();
            // Warms up the consumer, its connection and both watchers' code paths
            WatchBenchmark.run("warm-up", stub, events.builds(), byEvents, builds / 10 + 1, spread.dividedBy(10));
            System.out.printf("%nwatching %d builds that end one by one over %s (polling interval %s):%n", builds,
                    spread, interval);
            System.out.println(WatchBenchmark.run("polling", stub, plain.builds(),
                    plain.builds().watcher().interval(interval).build(), builds, spread));
            System.out.println(WatchBenchmark.run("events", stub, events.builds(), byEvents, builds, spread));
        }
    }

    private GetThroughput.Rounds sequentialGets(List<GetThroughput.Contender> contenders, List<Target> targets) {
        // Short rounds, many of them: a burst of load on a shared machine then hits both sides of a round alike
        int rounds = quick ? 3 : 61;
        GetThroughput.Rounds result = GetThroughput.interleaved(contenders, scaled(10_000), rounds, scaled(500));
        System.out.printf("GET build, 1 thread, median of %d interleaved rounds: raw JDK HttpClient + Jackson"
                        + " %.0f us/call, plain client %.0f us/call, starter's bean %.0f us/call%n", rounds,
                result.medianMicros(0), result.medianMicros(1), result.medianMicros(2));
        System.out.printf("  time plain/raw = %s; starter/raw = %s; starter/plain = %s%n", result.ratio(1, 0),
                result.ratio(2, 0), result.ratio(2, 1));
        targets.add(new Target("plain GET, time plain/raw", result.ratio(1, 0), true, 1.10));
        return result;
    }

    private void threadsPerCall(List<GetThroughput.Contender> contenders) {
        StringBuilder line = new StringBuilder("threads started per GET (target 0):");
        for (GetThroughput.Contender contender : contenders) {
            line.append(String.format(" %s %.3f", contender.name(),
                    GetThroughput.threadsStartedPerCall(contender.call(), scaled(2_000))));
        }
        System.out.println(line);
    }

    /** 64 threads sharing one client of each kind, the contenders one after the other in each round. */
    private void parallelGets(List<GetThroughput.Contender> contenders, List<Target> targets) throws Exception {
        int threads = 64;
        int rounds = quick ? 1 : 21;
        for (GetThroughput.Contender contender : contenders) {
            GetThroughput.parallel(contender.call(), threads, scaled(100));
        }
        double[][] rates = new double[contenders.size()][rounds];
        int errors = 0;
        for (int round = 0; round < rounds; round++) {
            for (int c = 0; c < contenders.size(); c++) {
                GetThroughput.Parallel result = GetThroughput.parallel(contenders.get(c).call(), threads, scaled(60));
                rates[c][round] = result.callsPerSecond();
                errors += result.errors();
            }
        }
        GetThroughput.Ratio plainToRaw = GetThroughput.Ratio.of(perRound(rates[1], rates[0]));
        System.out.printf("GET build, %d threads sharing one client, median of %d interleaved rounds:"
                        + " raw JDK HttpClient + Jackson %.0f calls/s, plain %.0f calls/s, starter %.0f calls/s;"
                        + " throughput plain/raw = %s, starter/raw = %s; %d errors%n",
                threads, rounds, GetThroughput.median(rates[0]), GetThroughput.median(rates[1]),
                GetThroughput.median(rates[2]), plainToRaw, GetThroughput.Ratio.of(perRound(rates[2], rates[0])),
                errors);
        if (errors > 0) {
            throw new IllegalStateException(errors + " calls failed with " + threads + " threads");
        }
        targets.add(new Target(threads + " threads on one client, throughput plain/raw", plainToRaw, false, 0.95));
    }

    private static double[] perRound(double[] numerators, double[] denominators) {
        double[] ratios = new double[numerators.length];
        for (int round = 0; round < ratios.length; round++) {
            ratios[round] = numerators[round] / denominators[round];
        }
        return ratios;
    }

    /**
     * One plain client shared by a thousand virtual threads, against 64 platform threads, in
     * interleaved rounds of about the same number of calls; needs Java 21 or later.
     */
    private void virtualThreadGets(GetThroughput.Contender plain) throws Exception {
        if (!GetThroughput.virtualThreadsAvailable()) {
            System.out.println("GET build, 1000 virtual threads: skipped (Java " + Runtime.version().feature()
                    + " has no virtual threads: run the harness on Java 21 or later)");
            return;
        }
        int virtualThreads = 1_000;
        int platformThreads = 64;
        int rounds = quick ? 1 : 3;
        GetThroughput.parallelVirtual(plain.call(), virtualThreads, scaled(20));
        double[] virtualRates = new double[rounds];
        double[] platformRates = new double[rounds];
        double[] ratios = new double[rounds];
        int virtualErrors = 0;
        int platformErrors = 0;
        for (int round = 0; round < rounds; round++) {
            GetThroughput.Parallel v = GetThroughput.parallelVirtual(plain.call(), virtualThreads, scaled(20));
            GetThroughput.Parallel p = GetThroughput.parallel(plain.call(), platformThreads, scaled(300));
            virtualRates[round] = v.callsPerSecond();
            platformRates[round] = p.callsPerSecond();
            ratios[round] = v.callsPerSecond() / p.callsPerSecond();
            virtualErrors += v.errors();
            platformErrors += p.errors();
        }
        System.out.printf("GET build, one plain client, median of %d interleaved rounds: %d virtual threads"
                        + " %.0f calls/s (%d errors), %d platform threads %.0f calls/s (%d errors);"
                        + " throughput virtual/platform = %.2f%n", rounds, virtualThreads,
                GetThroughput.median(virtualRates), virtualErrors, platformThreads,
                GetThroughput.median(platformRates), platformErrors, GetThroughput.median(ratios));
        if (virtualErrors + platformErrors > 0) {
            throw new IllegalStateException((virtualErrors + platformErrors) + " calls failed");
        }
    }

    private void python(String url, double oursMicros) throws IOException, InterruptedException {
        if (!PythonRequests.available()) {
            System.out.println("python3 requests: skipped (python3 with requests not found)");
            return;
        }
        Optional<Double> micros = PythonRequests.microsPerGet(url, scaled(200), scaled(2_000));
        micros.ifPresent(python -> System.out.printf("GET build, python3 requests.request() per call as python-copr"
                + " does: %.0f us/call; time python/ours = %.2f%n", python, python / oursMicros));
    }

    private void upload(String url, String client) throws IOException, InterruptedException {
        long size = quick ? 64L << 20 : GIB;
        ChildJvm.Result result = ChildJvm.run(classpath(), SMALL_HEAP, UploadBenchmark.class,
                List.of(url, String.valueOf(size), client), 20);
        System.out.println(result.last());
    }

    /**
     * Build results, each in a child JVM with a 64 MiB heap: a 1 GiB RPM downloaded by the client and by
     * the raw JDK client in interleaved rounds, and the tail of a 100 MiB gzipped log against that of
     * a 10 MiB one, the heap after GC sampled during each.
     */
    private void downloadAndTail(List<Target> targets) throws IOException, InterruptedException {
        long rpm = quick ? 64L << 20 : GIB;
        ChildJvm.Result download = ChildJvm.run(classpath(), SMALL_HEAP, DownloadBenchmark.class,
                List.of("download", String.valueOf(rpm), String.valueOf(quick ? 2 : 8)), 20);
        targets.add(new Target("download of a " + (rpm >> 20) + " MiB RPM, rate plain/raw", lastRatio(download), false,
                0.90));
        long small = quick ? 1L << 20 : 10L << 20;
        long large = quick ? 8L << 20 : 100L << 20;
        ChildJvm.Result tail = ChildJvm.run(classpath(), SMALL_HEAP, DownloadBenchmark.class,
                List.of("tail", String.valueOf(small), String.valueOf(large)), 20);
        targets.add(new Target("tail of a " + (large >> 20) + " MiB log, heap after GC vs " + (small >> 20) + " MiB",
                lastRatio(tail), true, 1.10));
    }

    /** Prints what a child printed but its last line, {@code ratio <median> <lowest> <highest>}, and returns that. */
    private static GetThroughput.Ratio lastRatio(ChildJvm.Result result) {
        List<String> lines = result.lines();
        lines.subList(0, lines.size() - 1).forEach(System.out::println);
        String[] ratio = result.last().split(" ");
        return new GetThroughput.Ratio(Double.parseDouble(ratio[1]), Double.parseDouble(ratio[2]),
                Double.parseDouble(ratio[3]));
    }

    /** Walks 100 000 projects in a child JVM with a small heap, the client and the raw baseline alternately. */
    private void walk(String url, List<Target> targets) throws IOException, InterruptedException {
        ChildJvm.Result result = ChildJvm.run(classpath(), SMALL_HEAP, WalkBenchmark.class,
                List.of(url, "1000", String.valueOf(CoprStub.PROJECTS), String.valueOf(quick ? 1 : 9)), 30);
        targets.add(new Target("walk " + CoprStub.PROJECTS + " projects, time plain/raw", lastRatio(result), true,
                1.25));
    }

    /**
     * The same application started in fresh JVMs without and with the starter, alternately; compares
     * the CPU time the JVM used until the context was ready (less noisy than wall time on a shared
     * machine), pair by pair. The app is a web one when {@code extraArgs} are given.
     *
     * @return the ratios of CPU time with and without the starter
     */
    private GetThroughput.Ratio startup(String url, String kind, List<String> extraArgs)
            throws IOException, InterruptedException, URISyntaxException {
        boolean web = !extraArgs.isEmpty();
        List<Path> with = new ArrayList<>(classpath());
        if (web) {
            with.addAll(jars(ownLocation().resolveSibling("lib-web")));
        }
        Pattern starterOnly = web ? STARTER_ONLY_IN_WEB_APP : STARTER_ONLY;
        List<Path> without = with.stream().filter(jar -> !starterOnly.matcher(jar.getFileName().toString()).lookingAt())
                .toList();
        List<String> args = new ArrayList<>(List.of("--copr.url=" + url, "--copr.config-file=none",
                "--logging.level.root=WARN", "--spring.main.web-application-type=" + (web ? "servlet" : "none")));
        args.addAll(extraArgs);
        int runs = quick ? 1 : web ? 11 : 25;
        double[] withoutCpu = new double[runs];
        double[] withCpu = new double[runs];
        startupCpuMillis(without, args, 0);
        startupCpuMillis(with, args, 1);
        for (int i = 0; i < runs; i++) {
            withoutCpu[i] = startupCpuMillis(without, args, 0);
            withCpu[i] = startupCpuMillis(with, args, 1);
        }
        GetThroughput.Ratio ratio = GetThroughput.Ratio.of(perRound(withCpu, withoutCpu));
        System.out.printf("start-up of a %s Boot app (process CPU time from JVM start to context ready, %d"
                        + " interleaved pairs of runs): without the starter %.0f ms median, with it %.0f ms median;"
                        + " CPU with/without = %s%n", kind, runs, GetThroughput.median(withoutCpu),
                GetThroughput.median(withCpu), ratio);
        return ratio;
    }

    private static List<Path> jars(Path dir) throws IOException {
        try (Stream<Path> jars = Files.list(dir)) {
            return jars.filter(jar -> jar.toString().endsWith(".jar")).sorted().toList();
        }
    }

    private static double startupCpuMillis(List<Path> classpath, List<String> args, int expectedClients)
            throws IOException, InterruptedException {
        ChildJvm.Result result = ChildJvm.run(classpath, List.of(), StartupApp.class, args, 5);
        String[] ready = result.lines().stream().filter(line -> line.startsWith("ready ")).findFirst()
                .orElseThrow(() -> new IllegalStateException("StartupApp printed no ready line: " + result.lines()))
                .split(" ");
        if (Integer.parseInt(ready[5]) != expectedClients) {
            throw new IllegalStateException("StartupApp had " + ready[5] + " CoprClient beans, expected "
                    + expectedClients);
        }
        return Long.parseLong(ready[3]);
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

}
