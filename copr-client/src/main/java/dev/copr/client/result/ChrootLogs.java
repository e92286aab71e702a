package dev.copr.client.result;

import dev.copr.client.build.BuildState;
import dev.copr.client.build.SourceChroot;
import dev.copr.client.chroot.BuildChroot;

import java.net.URI;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Where the two logs Copr links from a build's page are, for the state the chroot is in: the
 * frontend's {@code _compressed_log_variant} ({@code coprs/models.py}). While a chroot runs, the
 * backend writes {@code builder-live.log} (the mock output) and {@code backend.log} (the backend's
 * own, already while starting) in plain text; once it failed, succeeded or was canceled (and while a
 * source build imports) they are {@code .log.gz}; in other states (pending, skipped, ...) there is
 * none.
 *
 * @param builderLive the builder's live log; null when the state has none
 * @param backend the backend's log; null when the state has none
 * @since 0.1.0
 */
public record ChrootLogs(@Nullable URI builderLive, @Nullable URI backend) {

    /** The logs of a build's chroot; none before Copr set its {@code result_url}. */
    public static ChrootLogs of(BuildChroot chroot) {
        return of(chroot.resultUrl(), chroot.state());
    }

    /** The logs of a build's source (SRPM) build, under {@code srpm-builds/<8-digit build id>}. */
    public static ChrootLogs of(SourceChroot source) {
        return of(source.resultUrl(), source.state());
    }

    /**
     * The logs in a result directory ({@code result_url}, with or without its trailing slash) for a
     * chroot in {@code state}.
     */
    public static ChrootLogs of(@Nullable String resultUrl, BuildState state) {
        if (resultUrl == null || resultUrl.isBlank()) {
            return new ChrootLogs(null, null);
        }
        return new ChrootLogs(variant(resultUrl, "builder-live.log", state, state == BuildState.RUNNING),
                variant(resultUrl, "backend.log", state, state == BuildState.STARTING || state == BuildState.RUNNING));
    }

    /** The builder's live log, when the state has one. */
    public Optional<URI> builderLiveLog() {
        return Optional.ofNullable(builderLive);
    }

    /** The backend's log, when the state has one. */
    public Optional<URI> backendLog() {
        return Optional.ofNullable(backend);
    }

    private static @Nullable URI variant(String resultUrl, String name, BuildState state, boolean plain) {
        if (plain) {
            return ResultFile.locate(resultUrl, name);
        }
        return switch (state) {
            case FAILED, SUCCEEDED, CANCELED, IMPORTING -> ResultFile.locate(resultUrl, name + ".gz");
            default -> null;
        };
    }
}
