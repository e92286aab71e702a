package dev.copr.client.build;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;

import dev.copr.client.internal.UnknownFields;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One RPM a build produced, by its NEVRA.
 *
 * @param name package name
 * @param epoch epoch; 0 or null when none
 * @param version version
 * @param release release, e.g. {@code 1.fc41}
 * @param arch architecture, e.g. {@code x86_64} or {@code noarch}
 * @param extra fields this client does not know
 * @since 0.1.0
 */
public record BuiltPackage(String name, @Nullable Integer epoch, String version, String release, String arch,
                           @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> extra) {

    public BuiltPackage {
        extra = UnknownFields.copyOf(extra);
    }
}
