package dev.copr.client.build;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;

import dev.copr.client.internal.UnknownFields;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Copr's answer when a build like the checked one may be submitted.
 *
 * @param message Copr's text, e.g. {@code It should be safe to submit a build like this}
 * @param extra fields this client does not know
 * @since 0.1.0
 */
public record BuildCheck(String message, @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> extra) {

    public BuildCheck {
        extra = UnknownFields.copyOf(extra);
    }
}
