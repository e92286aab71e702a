package dev.copr.client.monitor;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;

import dev.copr.client.internal.ApiLists;
import dev.copr.client.internal.UnknownFields;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The monitor of a project (or one of its directories): every package with its latest build
 * per chroot, as {@code GET /api_3/monitor} answers.
 *
 * @param output {@code ok}
 * @param message Copr's message, e.g. {@code Project monitor request successful}
 * @param packages the packages that have builds
 * @param extra fields this client does not know
 * @since 0.1.0
 */
public record ProjectMonitor(String output, String message, List<MonitoredPackage> packages,
                             @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> extra) {

    public ProjectMonitor {
        packages = ApiLists.copyOf(packages);
        extra = UnknownFields.copyOf(extra);
    }
}
