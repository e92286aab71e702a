package dev.copr.client.mock;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * How Mock sets up its bootstrap chroot: Copr's {@code bootstrap} setting of projects, of one
 * chroot of a project, and of a build. Projects take {@link #DEFAULT}, {@link #ON}, {@link #OFF}
 * and {@link #IMAGE}; chroots and builds also {@link #UNCHANGED}, and chroots
 * {@link #CUSTOM_IMAGE}. A value a newer Copr sends maps to {@link #UNKNOWN}, which cannot be sent.
 *
 * @since 0.1.0
 */
public enum Bootstrap {
    /** Keep the setting of the level above: the project's for a chroot, the chroot's for a build. */
    UNCHANGED,
    /** Use the default of {@code mock-core-configs}. */
    DEFAULT,
    /** Use a bootstrap chroot. */
    ON,
    /** Do not use a bootstrap chroot. */
    OFF,
    /** Initialise the bootstrap chroot from the pre-configured container image. */
    IMAGE,
    /** Initialise the bootstrap chroot from the chroot's own {@code bootstrapImage} ({@code custom_image}). */
    CUSTOM_IMAGE,
    /** A value this client does not know. */
    UNKNOWN;

    /** Copr's name of the value, e.g. {@code custom_image}. */
    @JsonValue
    public String coprName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The value of Copr's name; {@link #UNKNOWN} for a name this client does not know. */
    @JsonCreator
    public static @Nullable Bootstrap fromCoprName(@Nullable String name) {
        return name == null ? null : CoprNames.parse(values(), UNKNOWN, name);
    }
}
