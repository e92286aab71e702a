package dev.copr.client.build;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;

import dev.copr.client.internal.UnknownFields;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What Copr's source build of a build works with, as {@code GET /api_3/build/source-build-config/{id}}
 * answers.
 *
 * @param sourceType source type of the build, e.g. {@code scm}, {@code url}, {@code upload}
 * @param sourceDict the type-specific source settings, in Copr's stored names
 * @param memoryLimit memory the build asks for, in MB
 * @param timeout longest build time
 * @param background whether it is a low-priority background build
 * @param extra fields this client does not know
 * @since 0.1.0
 */
public record SourceBuildConfig(@JsonProperty("source_type") String sourceType,
                                @JsonProperty("source_dict") Map<String, @Nullable Object> sourceDict,
                                @JsonProperty("memory_limit") Integer memoryLimit, Duration timeout,
                                @JsonProperty("is_background") boolean background,
                                @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> extra) {

    public SourceBuildConfig {
        sourceDict = sourceDict == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(sourceDict));
        extra = UnknownFields.copyOf(extra);
    }
}
