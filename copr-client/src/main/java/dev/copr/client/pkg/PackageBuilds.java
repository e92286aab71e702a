package dev.copr.client.pkg;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;

import dev.copr.client.build.Build;
import dev.copr.client.internal.UnknownFields;

import java.util.Map;

/**
 * The latest builds of a package. Copr fills them only when the request asks for them
 * ({@code withLatestBuild}, {@code withLatestSucceededBuild}); otherwise both are null.
 *
 * @param latest the latest submitted build, or null
 * @param latestSucceeded the latest succeeded build, or null
 * @param extra fields this client does not know
 */
public record PackageBuilds(Build latest, @JsonProperty("latest_succeeded") Build latestSucceeded,
                            @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    static final PackageBuilds NONE = new PackageBuilds(null, null, null);

    public PackageBuilds {
        extra = UnknownFields.copyOf(extra);
    }
}
