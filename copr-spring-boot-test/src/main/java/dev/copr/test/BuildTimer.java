package dev.copr.test;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a step at a fixed rate on a daemon thread of its own, from the first {@link #start()} until
 * {@link #close()}: what moves the builds of {@link BuildProgression#TIMED}. A step that throws is
 * logged, and the next one runs all the same.
 */
final class BuildTimer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(CoprStub.class);

    private final Duration step;
    private final Runnable action;
    private final String threadName;
    private @Nullable ScheduledExecutorService executor;
    private boolean closed;

    BuildTimer(Duration step, Runnable action, String threadName) {
        this.step = step;
        this.action = action;
        this.threadName = threadName;
    }

    /** Starts stepping, unless it already does or was closed. */
    synchronized void start() {
        if (executor != null || closed) {
            return;
        }
        ScheduledExecutorService started = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, threadName);
            thread.setDaemon(true);
            return thread;
        });
        started.scheduleAtFixedRate(this::runStep, step.toNanos(), step.toNanos(), TimeUnit.NANOSECONDS);
        executor = started;
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    private void runStep() {
        try {
            action.run();
        } catch (RuntimeException e) {
            log.warn("Copr stub failed to move its builds on", e);
        }
    }
}
