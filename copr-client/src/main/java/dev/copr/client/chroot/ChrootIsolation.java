package dev.copr.client.chroot;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/** How Mock isolates commands in the buildroot of one chroot of a project: Copr's chroot-level choices. */
public enum ChrootIsolation {
    /** Use the project's setting ({@code unchanged}). */
    UNCHANGED,
    /** Use the default of mock-core-configs. */
    DEFAULT,
    /** systemd-nspawn. */
    NSPAWN,
    /** A simple chroot. */
    SIMPLE;

    /** Copr's name of the choice, e.g. {@code nspawn}. */
    @JsonValue
    public String coprName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
