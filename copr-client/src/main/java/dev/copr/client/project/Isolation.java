package dev.copr.client.project;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/**
 * How Mock isolates the commands it runs in the buildroot, Copr's project {@code isolation}
 * setting. A value a newer Copr adds maps to {@link #UNKNOWN}, which cannot be sent.
 */
public enum Isolation {
    /** Use the default of {@code mock-core-configs}. */
    DEFAULT,
    /** systemd-nspawn. */
    NSPAWN,
    /** A simple chroot. */
    SIMPLE,
    /** A value this client does not know. */
    UNKNOWN;

    /** Copr's name of the value, e.g. {@code nspawn}. */
    @JsonValue
    public String coprName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The value of Copr's name; null for null, {@link #UNKNOWN} for a name this client does not know. */
    @JsonCreator
    public static Isolation fromCoprName(String name) {
        if (name == null) {
            return null;
        }
        for (Isolation value : values()) {
            if (value.coprName().equalsIgnoreCase(name)) {
                return value;
            }
        }
        return UNKNOWN;
    }
}
