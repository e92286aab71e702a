package dev.copr.client.internal;

import java.time.Duration;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

/**
 * How long the calls a thread makes may take, retries included, when shorter than the configured
 * bounds: a build watch bounds each of its polls by the watch's remaining time this way, whichever
 * {@code BuildProxy} it polls through.
 *
 * @since 0.1.0
 */
public final class CallTimeLimit {

    private static final ThreadLocal<Duration> LIMIT = new ThreadLocal<>();

    private CallTimeLimit() {
    }

    /** Runs {@code call} with every request it makes bounded by {@code limit}. */
    public static <T> T within(Duration limit, Supplier<T> call) {
        Duration outer = LIMIT.get();
        LIMIT.set(limit);
        try {
            return call.get();
        } finally {
            if (outer == null) {
                LIMIT.remove();
            } else {
                LIMIT.set(outer);
            }
        }
    }

    /** The limit of the calls the current thread makes now, if any. */
    public static @Nullable Duration current() {
        return LIMIT.get();
    }
}
