package dev.copr.client.build;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * State of a build or build chroot, Copr's {@code StatusEnum}, with the numeric {@code status}
 * that the monitor reports. A state a newer Copr adds maps to {@link #UNKNOWN}.
 *
 * @since 0.1.0
 */
public enum BuildState {
    FAILED(0), SUCCEEDED(1), CANCELED(2), RUNNING(3), PENDING(4), SKIPPED(5), STARTING(6), IMPORTING(7),
    FORKED(8), WAITING(9), UNKNOWN(1000);

    private final int status;

    BuildState(int status) {
        this.status = status;
    }

    /** Copr's numeric status code. */
    public int status() {
        return status;
    }

    /** Copr's name of the state, e.g. {@code succeeded}. */
    @JsonValue
    public String coprName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Whether python-copr's {@code wait()} stops watching a build in this state: succeeded,
     * skipped, failed or canceled. ({@code forked} is finished on the server, but python-copr keeps
     * waiting on it; so does this client.)
     */
    public boolean ended() {
        return this == SUCCEEDED || this == SKIPPED || this == FAILED || this == CANCELED;
    }

    /**
     * The state of Copr's numeric status, as its message bus sends it; {@link #UNKNOWN} for a number this client
     * does not know.
     */
    public static BuildState fromCoprStatus(int status) {
        for (BuildState state : values()) {
            if (state.status == status) {
                return state;
            }
        }
        return UNKNOWN;
    }

    /** The state of Copr's name; {@link #UNKNOWN} for null or a name this client does not know. */
    @JsonCreator
    public static BuildState fromCoprName(@Nullable String name) {
        if (name == null) {
            return UNKNOWN;
        }
        for (BuildState state : values()) {
            if (state.name().equalsIgnoreCase(name)) { // Copr's name is the lower-case name
                return state;
            }
        }
        return UNKNOWN;
    }
}
