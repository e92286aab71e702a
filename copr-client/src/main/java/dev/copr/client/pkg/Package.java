package dev.copr.client.pkg;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;

import dev.copr.client.internal.UnknownFields;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A package of a Copr project, as {@code GET /api_3/package} answers.
 *
 * @param id package id
 * @param name package name
 * @param ownername owner of the project (user or {@code @group})
 * @param projectname project name
 * @param sourceType Copr's source type: {@code unset}, {@code scm}, {@code pypi}, {@code rubygems},
 *                   {@code custom}, {@code distgit} (or {@code link}, {@code upload} for old packages)
 * @param sourceDict the stored source settings, type-specific (Copr's stored names, e.g.
 *                   {@code type} for the SCM type; empty when unset)
 * @param autoRebuild whether pushes reported by the webhook rebuild it ({@code webhook_rebuild})
 * @param builds the latest builds, when asked for
 * @param extra fields this client does not know
 * @since 0.1.0
 */
public record Package(long id, String name, String ownername, String projectname,
                      @JsonProperty("source_type") String sourceType,
                      @JsonProperty("source_dict") Map<String, @Nullable Object> sourceDict,
                      @JsonProperty("auto_rebuild") boolean autoRebuild, PackageBuilds builds,
                      @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> extra) {

    public Package {
        sourceDict = sourceDict == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(sourceDict));
        builds = builds == null ? PackageBuilds.NONE : builds;
        extra = UnknownFields.copyOf(extra);
    }
}
