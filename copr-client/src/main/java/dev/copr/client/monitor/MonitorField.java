package dev.copr.client.monitor;

import dev.copr.client.internal.Arguments;

/**
 * An optional field the monitor adds to each chroot, one of Copr's {@code additional_fields[]}
 * values. The constants name the fields Copr knows today; {@link #of(String)} asks for one a newer
 * Copr adds. Each field may make Copr's answer noticeably slower.
 *
 * @param coprName Copr's name of the field, e.g. {@code url_build_log}
 * @since 0.1.0
 */
public record MonitorField(String coprName) {

    /** URL of the live build log ({@code builder-live.log.gz}), {@code url_build_log}. */
    public static final MonitorField URL_BUILD_LOG = new MonitorField("url_build_log");

    /** URL of the backend log ({@code backend.log.gz}), {@code url_backend_log}. */
    public static final MonitorField URL_BACKEND_LOG = new MonitorField("url_backend_log");

    /** {@code url_build}: accepted by Copr, but currently adds nothing to the answer. */
    public static final MonitorField URL_BUILD = new MonitorField("url_build");

    /** @throws dev.copr.client.exception.CoprValidationException when the name is blank or holds whitespace */
    public MonitorField {
        Arguments.requireName("MonitorField coprName", coprName);
    }

    /** The field Copr calls {@code coprName}. */
    public static MonitorField of(String coprName) {
        return new MonitorField(coprName);
    }
}
