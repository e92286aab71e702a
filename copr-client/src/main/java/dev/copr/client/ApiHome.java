package dev.copr.client;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;

import dev.copr.client.internal.UnknownFields;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The API root, {@code GET /api_3/} (python-copr {@code base_proxy.home()}).
 *
 * @param version the API version, 3
 * @param extra fields this client does not know
 * @since 0.1.0
 */
public record ApiHome(int version, @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> extra) {

    public ApiHome {
        extra = UnknownFields.copyOf(extra);
    }
}
