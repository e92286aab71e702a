package dev.copr.client;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;

/**
 * Virtual threads for tests compiled for Java 17, where they do not exist (they are a preview of
 * Java 19 and 20): the tests that use them run in the build's JDK 25 execution and are skipped on 17.
 */
public final class VirtualThreads {

    private VirtualThreads() {
    }

    /** Skips the calling test on a JDK without virtual threads, saying where it runs instead. */
    public static void assumeAvailable() {
        assumeTrue(Runtime.version().feature() >= 21, "virtual threads need Java 21 or later (a preview on 17):"
                + " this test runs in the build's JDK 25 execution (surefire execution java25)");
    }

    /** {@code Executors.newVirtualThreadPerTaskExecutor()}, called by name since Java 17 has no such method. */
    public static ExecutorService newPerTaskExecutor() {
        try {
            return (ExecutorService) Executors.class.getMethod("newVirtualThreadPerTaskExecutor").invoke(null);
        } catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("no virtual threads on Java " + Runtime.version(), e);
        }
    }

    /**
     * The carrier the calling virtual thread runs on, e.g. {@code ForkJoinPool-1-worker-2}, read from its
     * name ({@code VirtualThread[#42]/runnable@ForkJoinPool-1-worker-2}); empty on a platform thread.
     */
    public static String carrier() {
        String thread = Thread.currentThread().toString();
        int at = thread.indexOf('@');
        return thread.startsWith("VirtualThread") && at >= 0 ? thread.substring(at + 1) : "";
    }

    /**
     * Records, with JFR, every time a virtual thread blocks while pinned to its carrier
     * ({@code jdk.VirtualThreadPinned}, however short).
     */
    public static final class PinningRecorder implements AutoCloseable {

        private final Recording recording = new Recording();

        public PinningRecorder() {
            recording.enable("jdk.VirtualThreadPinned").withThreshold(Duration.ZERO).withStackTrace();
            recording.start();
        }

        /** Stops recording and returns each pinning with the top of its stack. */
        public List<String> pinnings() {
            recording.stop();
            try {
                Path file = Files.createTempFile("pinning", ".jfr");
                try {
                    recording.dump(file);
                    return RecordingFile.readAllEvents(file).stream().map(PinningRecorder::describe).toList();
                } finally {
                    Files.delete(file);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static String describe(RecordedEvent event) {
            StringBuilder text = new StringBuilder(event.getEventType().getName()).append(" for ")
                    .append(event.getDuration());
            if (event.getStackTrace() != null) {
                event.getStackTrace().getFrames().stream().limit(12)
                        .forEach(frame -> text.append("\n    at ").append(frame.getMethod().getType().getName())
                                .append('.').append(frame.getMethod().getName()).append(':').append(frame.getLineNumber()));
            }
            return text.toString();
        }

        @Override
        public void close() {
            recording.close();
        }
    }
}
