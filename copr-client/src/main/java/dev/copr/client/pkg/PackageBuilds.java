package dev.copr.client.pkg;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;

import dev.copr.client.build.Build;
import dev.copr.client.internal.UnknownFields;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The latest builds of a package. Copr fills them only when the request asks for them
 * ({@code withLatestBuild}, {@code withLatestSucceededBuild}); otherwise both are null.
 *
 * @param latest the latest submitted build
 * @param latestSucceeded the latest succeeded build
 * @param extra fields this client does not know
 * @since 0.1.0
 */
public record PackageBuilds(@Nullable Build latest, @JsonProperty("latest_succeeded") @Nullable Build latestSucceeded,
                            @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> extra) {

    static final PackageBuilds NONE = new PackageBuilds(null, null, Map.of());

    public PackageBuilds {
        extra = UnknownFields.copyOf(extra);
    }
}
