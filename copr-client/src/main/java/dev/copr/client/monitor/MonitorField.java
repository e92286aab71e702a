package dev.copr.client.monitor;

import java.util.Locale;

/**
 * An optional field the monitor adds to each chroot, Copr's {@code additional_fields[]} values.
 * Each one may make Copr's answer noticeably slower.
 */
public enum MonitorField {
    /** URL of the live build log ({@code builder-live.log.gz}), {@code url_build_log}. */
    URL_BUILD_LOG,
    /** URL of the backend log ({@code backend.log.gz}), {@code url_backend_log}. */
    URL_BACKEND_LOG,
    /** {@code url_build}: accepted by Copr, but currently adds nothing to the answer. */
    URL_BUILD;

    /** Copr's name of the field, e.g. {@code url_build_log}. */
    public String coprName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
