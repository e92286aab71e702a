package dev.copr.client.monitor;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;

import dev.copr.client.internal.UnknownFields;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One package of a project with its latest build in each chroot, as the monitor reports it.
 *
 * @param name package name
 * @param chroots the latest build per chroot name, in Copr's order; chroots never built in are absent
 * @param extra fields this client does not know
 * @since 0.1.0
 */
public record MonitoredPackage(String name, Map<String, MonitoredChroot> chroots,
                               @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> extra) {

    public MonitoredPackage {
        chroots = chroots == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(chroots));
        extra = UnknownFields.copyOf(extra);
    }
}
