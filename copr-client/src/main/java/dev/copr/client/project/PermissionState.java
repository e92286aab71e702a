package dev.copr.client.project;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * State of one role (admin or builder) of a user in a project, Copr's {@code PermissionEnum}. A
 * state a newer Copr adds maps to {@link #UNKNOWN}, which cannot be sent.
 *
 * @since 0.1.0
 */
public enum PermissionState {
    /** The user does not have the role. */
    NOTHING,
    /** The user asked for the role; an admin has not decided yet. */
    REQUEST,
    /** The user has the role. */
    APPROVED,
    /** A state this client does not know. */
    UNKNOWN;

    /** Copr's name of the state, e.g. {@code approved}. */
    @JsonValue
    public String coprName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The state of Copr's name; null for null, {@link #UNKNOWN} for a name this client does not know. */
    @JsonCreator
    public static @Nullable PermissionState fromCoprName(@Nullable String name) {
        if (name == null) {
            return null;
        }
        for (PermissionState state : values()) {
            if (state.name().equalsIgnoreCase(name)) { // Copr's name is the lower-case name
                return state;
            }
        }
        return UNKNOWN;
    }
}
