package dev.copr.client.build;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;

import dev.copr.client.internal.UnknownFields;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The source build of a build (where Copr makes the SRPM), as
 * {@code GET /api_3/build/source-chroot/{id}} answers.
 *
 * @param state state of the source build
 * @param resultUrl URL of the directory with the source build's results and logs
 * @param extra fields this client does not know
 * @since 0.1.0
 */
public record SourceChroot(BuildState state, @JsonProperty("result_url") String resultUrl,
                           @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> extra) {

    public SourceChroot {
        state = state == null ? BuildState.UNKNOWN : state;
        extra = UnknownFields.copyOf(extra);
    }
}
