package dev.copr.sample;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What the sample's tour does ({@code sample.*}).
 *
 * @param tour whether to run the tour at start-up
 * @param project name of the project the tour creates (or reuses) in the user's namespace
 * @param chroots chroots of that project and its builds
 * @param srpmUrl SRPM URL to build from; the URL step is skipped when empty
 * @param srpmFile local SRPM to upload; when empty, a demo file is generated against the stub and
 *                 the upload step is skipped against a real Copr
 * @param watchInterval time between two polls of a running build
 * @param watchTimeout longest wait for the builds
 * @param tailLines how many of the last lines of a failed chroot's log to show
 * @param resultsDir where the ended builds' RPMs are downloaded to, as {@code <build id>/<chroot>/<file>}
 */
@ConfigurationProperties("sample")
public record SampleProperties(boolean tour, String project, List<String> chroots, @Nullable String srpmUrl,
                               @Nullable Path srpmFile, Duration watchInterval, Duration watchTimeout,
                               int tailLines, Path resultsDir) {
}
