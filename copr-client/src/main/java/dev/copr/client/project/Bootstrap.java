package dev.copr.client.project;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/**
 * How Mock sets up its bootstrap chroot for a project's builds, Copr's project {@code bootstrap}
 * setting. A value a newer Copr adds maps to {@link #UNKNOWN}, which cannot be sent.
 */
public enum Bootstrap {
    /** Use the default of {@code mock-core-configs}. */
    DEFAULT,
    /** Use a bootstrap chroot. */
    ON,
    /** Do not use a bootstrap chroot. */
    OFF,
    /** Initialise the bootstrap chroot from the pre-configured container image. */
    IMAGE,
    /** A value this client does not know. */
    UNKNOWN;

    /** Copr's name of the value, e.g. {@code image}. */
    @JsonValue
    public String coprName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The value of Copr's name; null for null, {@link #UNKNOWN} for a name this client does not know. */
    @JsonCreator
    public static Bootstrap fromCoprName(String name) {
        if (name == null) {
            return null;
        }
        for (Bootstrap value : values()) {
            if (value.coprName().equalsIgnoreCase(name)) {
                return value;
            }
        }
        return UNKNOWN;
    }
}
