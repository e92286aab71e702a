package dev.copr.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copr.client.config.CoprConfig;
import dev.copr.client.config.RetryOptions;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A thousand virtual threads share one client while another virtual thread renews its token: every
 * call is answered, none with the token a renewal just invalidated, no thread blocks while pinned to
 * its carrier, the read/write lock of the credentials never deadlocks, and the callers run on no
 * more carriers than the scheduler's parallelism. Runs in the JDK 25 execution (skipped on 17).
 */
class VirtualThreadLoadTest {

    private static final int CALLERS = 1_000;
    private static final int CALLS_EACH = 5;
    private static final int RENEWALS = 3;

    private RotatingTokenCopr copr;

    @BeforeEach
    void startCopr() throws Exception {
        VirtualThreads.assumeAvailable();
        copr = new RotatingTokenCopr();
    }

    @AfterEach
    void stopCopr() {
        if (copr != null) {
            copr.close();
        }
    }

    @Test
    void thousandVirtualThreadsShareOneClientWhileTheTokenIsRenewed() throws Exception {
        CoprClient client = CoprClient.create(CoprConfig.builder().url(copr.url())
                .credentials(RotatingTokenCopr.LOGIN, copr.validToken()).retry(RetryOptions.disabled()).build());
        warmUp(client);
        Queue<Throwable> failures = new ConcurrentLinkedQueue<>();
        Set<String> carriers = ConcurrentHashMap.newKeySet();
        AtomicInteger answered = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);

        List<String> pinnings;
        try (VirtualThreads.PinningRecorder recorder = new VirtualThreads.PinningRecorder()) {
            ExecutorService threads = VirtualThreads.newPerTaskExecutor();
            for (int caller = 0; caller < CALLERS; caller++) {
                threads.execute(() -> {
                    try {
                        start.await();
                        for (int call = 0; call < CALLS_EACH; call++) {
                            carriers.add(VirtualThreads.carrier());
                            assertThat(client.authCheck().name()).isEqualTo("jdoe");
                            answered.incrementAndGet();
                        }
                    } catch (Throwable e) {
                        failures.add(e);
                    }
                });
            }
            threads.execute(() -> {
                try {
                    start.await();
                    for (int renewal = 0; renewal < RENEWALS; renewal++) {
                        client.renewApiToken();
                    }
                } catch (Throwable e) {
                    failures.add(e);
                }
            });
            start.countDown();
            threads.shutdown();
            boolean ended = threads.awaitTermination(2, TimeUnit.MINUTES);
            assertThat(ended).as("all callers ended; threads still waiting:%n%s", waitingThreads()).isTrue();
            pinnings = recorder.pinnings();
        }

        assertThat(failures).as("failed calls").isEmpty();
        assertThat(answered.get()).isEqualTo(CALLERS * CALLS_EACH);
        assertThat(copr.renewals()).isEqualTo(1 + RENEWALS);
        assertThat(pinnings).as("virtual threads blocked while pinned").isEmpty();
        assertThat(carriers).as("carrier threads").doesNotContain("")
                .hasSizeLessThanOrEqualTo(Runtime.getRuntime().availableProcessors());
    }

    /**
     * Loads the classes of both paths first: loading a class still pins a virtual thread on JDK 25,
     * once, which is the JDK's doing and not what this test looks for.
     */
    private static void warmUp(CoprClient client) throws InterruptedException {
        client.renewApiToken();
        ExecutorService threads = VirtualThreads.newPerTaskExecutor();
        for (int caller = 0; caller < 50; caller++) {
            threads.execute(client::authCheck);
        }
        threads.shutdown();
        assertThat(threads.awaitTermination(1, TimeUnit.MINUTES)).as("warm-up ended").isTrue();
    }

    private static String waitingThreads() {
        ThreadInfo[] threads = ManagementFactory.getThreadMXBean().dumpAllThreads(true, true);
        return Arrays.stream(threads).map(ThreadInfo::toString).collect(Collectors.joining());
    }
}
