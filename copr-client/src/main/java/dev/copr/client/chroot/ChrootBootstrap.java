package dev.copr.client.chroot;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/**
 * How Mock's bootstrap chroot is set up for one chroot of a project: the choices Copr offers at
 * chroot level, which add {@link #UNCHANGED} and {@link #CUSTOM_IMAGE} to the project-level ones.
 */
public enum ChrootBootstrap {
    /** Use the project's setting ({@code unchanged}). */
    UNCHANGED,
    /** Use the default of mock-core-configs. */
    DEFAULT,
    /** Disable the bootstrap chroot. */
    OFF,
    /** Enable the bootstrap chroot. */
    ON,
    /** Initialise it from the default pre-configured container image. */
    IMAGE,
    /** Initialise it from the image given as {@code bootstrapImage} ({@code custom_image}). */
    CUSTOM_IMAGE;

    /** Copr's name of the choice, e.g. {@code custom_image}. */
    @JsonValue
    public String coprName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
