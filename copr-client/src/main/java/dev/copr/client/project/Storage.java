package dev.copr.client.project;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Where Copr stores a project's build results, Copr's project {@code storage}. Choosing it is for
 * Copr admins only. A value a newer Copr adds maps to {@link #UNKNOWN}, which cannot be sent.
 *
 * @since 0.1.0
 */
public enum Storage {
    /** Copr's backend servers. */
    BACKEND,
    /** Pulp. */
    PULP,
    /** A value this client does not know. */
    UNKNOWN;

    /** Copr's name of the value, e.g. {@code pulp}. */
    @JsonValue
    public String coprName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The value of Copr's name; null for null, {@link #UNKNOWN} for a name this client does not know. */
    @JsonCreator
    public static @Nullable Storage fromCoprName(@Nullable String name) {
        if (name == null) {
            return null;
        }
        for (Storage value : values()) {
            if (value.name().equalsIgnoreCase(name)) { // Copr's name is the lower-case name
                return value;
            }
        }
        return UNKNOWN;
    }
}
