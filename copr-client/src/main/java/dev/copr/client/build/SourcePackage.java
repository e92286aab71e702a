package dev.copr.client.build;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;

import dev.copr.client.internal.UnknownFields;

import java.util.Map;

/**
 * The source package a build produced; values are null until the SRPM is built.
 *
 * @param name package name
 * @param version version-release
 * @param url URL of the SRPM
 * @param extra fields this client does not know
 */
public record SourcePackage(String name, String version, String url,
                            @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public SourcePackage {
        extra = UnknownFields.copyOf(extra);
    }
}
