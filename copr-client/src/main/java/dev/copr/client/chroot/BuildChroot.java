package dev.copr.client.chroot;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;

import dev.copr.client.build.BuildState;
import dev.copr.client.internal.UnknownFields;

import java.time.Instant;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One chroot of a build, as {@code GET /api_3/build-chroot} answers.
 *
 * @param name the chroot's name, e.g. {@code fedora-rawhide-x86_64}
 * @param state state of the build in this chroot
 * @param startedOn when it started; null before
 * @param endedOn when it ended; null before
 * @param resultUrl URL of the results directory (logs, RPMs); null until the build starts in this chroot
 * @param extra fields this client does not know
 * @since 0.1.0
 */
public record BuildChroot(String name, BuildState state,
                          @JsonProperty("started_on") @Nullable Instant startedOn,
                          @JsonProperty("ended_on") @Nullable Instant endedOn,
                          @JsonProperty("result_url") @Nullable String resultUrl,
                          @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> extra) {

    public BuildChroot {
        state = state == null ? BuildState.UNKNOWN : state;
        extra = UnknownFields.copyOf(extra);
    }
}
