package dev.copr.client.monitor;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;

import dev.copr.client.build.BuildState;
import dev.copr.client.internal.UnknownFields;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The latest build of a package in one chroot, as the monitor reports it.
 *
 * @param state state of that build in this chroot
 * @param status Copr's numeric code of the state (see {@link BuildState#status()})
 * @param buildId id of the build
 * @param pkgVersion version-release built; null until the SRPM is built
 * @param urlBuildLog URL of the build log; null unless asked for with {@link MonitorField#URL_BUILD_LOG}
 *                    or when there is no log yet
 * @param urlBackendLog URL of the backend log; null unless asked for with
 *                      {@link MonitorField#URL_BACKEND_LOG} or when there is no log yet
 * @param extra fields this client does not know
 * @since 0.1.0
 */
public record MonitoredChroot(BuildState state, int status, @JsonProperty("build_id") long buildId,
                              @JsonProperty("pkg_version") @Nullable String pkgVersion,
                              @JsonProperty("url_build_log") @Nullable String urlBuildLog,
                              @JsonProperty("url_backend_log") @Nullable String urlBackendLog,
                              @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> extra) {

    public MonitoredChroot {
        state = state == null ? BuildState.UNKNOWN : state;
        extra = UnknownFields.copyOf(extra);
    }
}
