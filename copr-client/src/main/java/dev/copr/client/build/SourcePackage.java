package dev.copr.client.build;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;

import dev.copr.client.internal.UnknownFields;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The source package a build produced; values are null until the SRPM is built.
 *
 * @param name package name
 * @param version version-release
 * @param url URL of the SRPM
 * @param extra fields this client does not know
 * @since 0.1.0
 */
public record SourcePackage(@Nullable String name, @Nullable String version, @Nullable String url,
                            @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> extra) {

    public SourcePackage {
        extra = UnknownFields.copyOf(extra);
    }
}
