package dev.copr.client.internal.http;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Bounds reads in time without a timer per request: one daemon thread looks at every watched body
 * each {@value #SCAN_MILLIS} ms, and a body over one of its bounds closes itself, which also ends a
 * read that blocks. Copr's answers and the results host's files are watched alike.
 */
public final class ReadWatchdog {

    /** How often the watched bodies are looked at. */
    public static final long SCAN_MILLIS = 100;

    /** A body whose reads the watchdog bounds. */
    public interface Watched {

        /** Closes the body, remembering why, when a bound has run out at {@code now} ({@link System#nanoTime()}). */
        void closeIfOverBound(long now);
    }

    private static final Set<Watched> WATCHED = ConcurrentHashMap.newKeySet();
    private static final ScheduledExecutorService THREAD = start();

    private ReadWatchdog() {
    }

    /** Watches {@code body} until {@link #forget} is called. */
    public static void watch(Watched body) {
        WATCHED.add(body);
    }

    /** Stops watching {@code body}: it was closed. */
    public static void forget(Watched body) {
        WATCHED.remove(body);
    }

    private static ScheduledExecutorService start() {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "copr-read-watchdog");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(() -> {
            long now = System.nanoTime();
            WATCHED.forEach(body -> body.closeIfOverBound(now));
        }, SCAN_MILLIS, SCAN_MILLIS, TimeUnit.MILLISECONDS);
        return executor;
    }
}
