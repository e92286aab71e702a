package dev.copr.client.mock;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * How Mock isolates the commands it runs in the buildroot: Copr's {@code isolation} setting of
 * projects, of one chroot of a project, and of a build. Projects take {@link #DEFAULT},
 * {@link #NSPAWN} and {@link #SIMPLE}; chroots and builds also {@link #UNCHANGED}. A value a newer
 * Copr sends maps to {@link #UNKNOWN}, which cannot be sent.
 *
 * @since 0.1.0
 */
public enum Isolation {
    /** Keep the setting of the level above: the project's for a chroot, the chroot's for a build. */
    UNCHANGED,
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

    /** The value of Copr's name; {@link #UNKNOWN} for a name this client does not know. */
    @JsonCreator
    public static @Nullable Isolation fromCoprName(@Nullable String name) {
        return name == null ? null : CoprNames.parse(values(), UNKNOWN, name);
    }
}
