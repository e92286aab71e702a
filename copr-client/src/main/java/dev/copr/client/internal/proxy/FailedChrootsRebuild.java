package dev.copr.client.internal.proxy;

import dev.copr.client.build.Build;
import dev.copr.client.build.BuildOptions;
import dev.copr.client.build.BuildProxy;
import dev.copr.client.build.BuildState;
import dev.copr.client.chroot.BuildChroot;
import dev.copr.client.chroot.BuildChrootConfig;
import dev.copr.client.chroot.BuildChrootProxy;
import dev.copr.client.exception.CoprValidationException;
import dev.copr.client.internal.Arguments;
import dev.copr.client.result.ChrootVerdicts;

import java.util.List;
import java.util.Optional;

/**
 * {@link BuildProxy#rebuildFailed(long, BuildOptions)}: reads an ended build, its chroots and the
 * config of one failed chroot, then submits the build's SRPM URL for the failed chroots.
 */
final class FailedChrootsRebuild {

    private final BuildProxy builds;
    private final BuildChrootProxy buildChroots;

    FailedChrootsRebuild(BuildProxy builds, BuildChrootProxy buildChroots) {
        this.builds = builds;
        this.buildChroots = buildChroots;
    }

    Optional<Build> rebuild(long buildId, BuildOptions options) {
        Arguments.requireId("buildId", buildId);
        Arguments.requireNonNull("options", options);
        if (options.chroots() != null || options.excludeChroots() != null) {
            throw new CoprValidationException("rebuildFailed options must not set chroots or excludeChroots: build "
                    + buildId + " is rebuilt in the chroots where it failed");
        }
        Build build = builds.get(buildId);
        if (!build.ended()) {
            throw new CoprValidationException("build " + buildId + " is " + build.state().coprName()
                    + ": only an ended build (succeeded, skipped, failed or canceled) can be rebuilt;"
                    + " wait for it with builds().watcher()");
        }
        if (build.state() == BuildState.FAILED) {
            requireBuiltSource(buildId);
        }
        List<String> failed = new ChrootVerdicts(buildId, buildChroots.getList(buildId).items()).failed().stream()
                .map(BuildChroot::name)
                .toList();
        if (failed.isEmpty()) {
            return Optional.empty();
        }
        String srpmUrl = build.sourcePackage().url();
        if (srpmUrl == null) {
            throw new CoprValidationException("build " + buildId + " has no SRPM URL (source_package.url) to rebuild;"
                    + " submit its sources again");
        }
        BuildChrootConfig config = buildChroots.getBuildConfig(buildId, failed.get(0));
        return Optional.of(builds.createFromUrl(build.ownername(), build.projectname(), srpmUrl,
                kept(build, config, options).chroots(failed).build()));
    }

    /** A build that failed in its source build has no SRPM; its chroots, if it had any, failed with it. */
    private void requireBuiltSource(long buildId) {
        BuildState source = builds.getSourceChroot(buildId).state();
        if (source != BuildState.SUCCEEDED) {
            throw new CoprValidationException("build " + buildId + " failed in its source build (" + source.coprName()
                    + "): there is no SRPM to rebuild; submit its sources again, as"
                    + " builds().getSourceBuildConfig(" + buildId + ") shows them");
        }
    }

    /** {@code options}, with the original's settings where {@code options} leaves them unset. */
    private static BuildOptions.Builder kept(Build build, BuildChrootConfig config, BuildOptions options) {
        BuildOptions.Builder kept = options.toBuilder();
        if (options.timeout() == null) {
            kept.timeout(config.timeout());
        }
        if (options.enableNet() == null) {
            kept.enableNet(config.enableNet());
        }
        if (options.background() == null) {
            kept.background(build.background());
        }
        if (options.projectDirname() == null && !build.projectDirname().equals(build.projectname())) {
            kept.projectDirname(build.projectDirname());
        }
        return kept;
    }
}
