package dev.copr.client.build;

import dev.copr.client.CoprValidationException;
import dev.copr.client.http.WireFields;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Options of a new build, python-copr's {@code buildopts} plus {@code project_dirname}; merged into
 * the top level of the request's JSON. A null field is not sent and Copr uses the project's (or
 * package's) setting.
 *
 * <pre>{@code
 * BuildOptions.chroots("fedora-41-x86_64", "epel-9-*").withTimeout(Duration.ofHours(10)).withBackground(true)
 * }</pre>
 *
 * @param chroots chroots to build in, fnmatch patterns allowed ({@code fedora-*-x86_64}); they must
 *                match active chroots of the project; null or empty for all of them
 * @param excludeChroots chroots (patterns allowed) taken away from {@code chroots}, or from all of
 *                       the project's chroots when {@code chroots} is empty
 * @param timeout longest build time, sent in seconds; Copr checks it against its limits
 * @param background whether it is a low-priority background build
 * @param bootstrap mock bootstrap: {@code unchanged} (project and chroot setting), {@code default},
 *                  {@code on}, {@code off} or {@code image}
 * @param isolation build isolation: {@code unchanged}, {@code default}, {@code nspawn} or {@code simple}
 * @param afterBuildId start a new batch that runs after the batch of this build
 * @param withBuildId join the batch of this build (not together with {@code afterBuildId})
 * @param enableNet whether the build may use the network, overriding the project's setting
 * @param packitForgeProject forge project Packit builds for; Copr checks that the project allows it
 * @param projectDirname the project directory (CoprDir) to build into, e.g. {@code project:pr:12}
 */
public record BuildOptions(List<String> chroots, List<String> excludeChroots, Duration timeout, Boolean background,
                           String bootstrap, String isolation, Long afterBuildId, Long withBuildId,
                           Boolean enableNet, String packitForgeProject, String projectDirname) {

    private static final BuildOptions NONE =
            new BuildOptions(null, null, null, null, null, null, null, null, null, null, null);

    public BuildOptions {
        if (timeout != null && timeout.toSeconds() < 1) {
            throw new CoprValidationException("timeout must be at least one second, was " + timeout);
        }
        if (afterBuildId != null && withBuildId != null) {
            throw new CoprValidationException("afterBuildId " + afterBuildId + " and withBuildId " + withBuildId
                    + " exclude each other: a build either starts a batch after another or joins one");
        }
        chroots = chroots == null ? null : List.copyOf(chroots);
        excludeChroots = excludeChroots == null ? null : List.copyOf(excludeChroots);
    }

    /** No options: Copr's and the project's defaults. */
    public static BuildOptions none() {
        return NONE;
    }

    /** Builds only in the given chroots (patterns allowed). */
    public static BuildOptions chroots(String... chroots) {
        return NONE.withChroots(List.of(chroots));
    }

    /** Builds into the project directory (CoprDir) {@code projectDirname}. */
    public static BuildOptions projectDirname(String projectDirname) {
        return NONE.withProjectDirname(projectDirname);
    }

    /** A copy building only in {@code chroots} (patterns allowed). */
    public BuildOptions withChroots(List<String> chroots) {
        return new BuildOptions(chroots, excludeChroots, timeout, background, bootstrap, isolation, afterBuildId,
                withBuildId, enableNet, packitForgeProject, projectDirname);
    }

    /** A copy not building in {@code excludeChroots} (patterns allowed). */
    public BuildOptions withExcludeChroots(List<String> excludeChroots) {
        return new BuildOptions(chroots, excludeChroots, timeout, background, bootstrap, isolation, afterBuildId,
                withBuildId, enableNet, packitForgeProject, projectDirname);
    }

    /** A copy with the longest build time. */
    public BuildOptions withTimeout(Duration timeout) {
        return new BuildOptions(chroots, excludeChroots, timeout, background, bootstrap, isolation, afterBuildId,
                withBuildId, enableNet, packitForgeProject, projectDirname);
    }

    /** A copy that is (or is not) a low-priority background build. */
    public BuildOptions withBackground(boolean background) {
        return new BuildOptions(chroots, excludeChroots, timeout, background, bootstrap, isolation, afterBuildId,
                withBuildId, enableNet, packitForgeProject, projectDirname);
    }

    /** A copy with the mock bootstrap setting, e.g. {@code on}. */
    public BuildOptions withBootstrap(String bootstrap) {
        return new BuildOptions(chroots, excludeChroots, timeout, background, bootstrap, isolation, afterBuildId,
                withBuildId, enableNet, packitForgeProject, projectDirname);
    }

    /** A copy with the isolation setting, e.g. {@code nspawn}. */
    public BuildOptions withIsolation(String isolation) {
        return new BuildOptions(chroots, excludeChroots, timeout, background, bootstrap, isolation, afterBuildId,
                withBuildId, enableNet, packitForgeProject, projectDirname);
    }

    /** A copy starting a new batch after the batch of build {@code buildId}. */
    public BuildOptions withAfterBuildId(long buildId) {
        return new BuildOptions(chroots, excludeChroots, timeout, background, bootstrap, isolation, buildId,
                withBuildId, enableNet, packitForgeProject, projectDirname);
    }

    /** A copy joining the batch of build {@code buildId}. */
    public BuildOptions withBuildId(long buildId) {
        return new BuildOptions(chroots, excludeChroots, timeout, background, bootstrap, isolation, afterBuildId,
                buildId, enableNet, packitForgeProject, projectDirname);
    }

    /** A copy allowing (or forbidding) network access during the build. */
    public BuildOptions withEnableNet(boolean enableNet) {
        return new BuildOptions(chroots, excludeChroots, timeout, background, bootstrap, isolation, afterBuildId,
                withBuildId, enableNet, packitForgeProject, projectDirname);
    }

    /** A copy naming the forge project Packit builds for. */
    public BuildOptions withPackitForgeProject(String packitForgeProject) {
        return new BuildOptions(chroots, excludeChroots, timeout, background, bootstrap, isolation, afterBuildId,
                withBuildId, enableNet, packitForgeProject, projectDirname);
    }

    /** A copy building into the project directory (CoprDir) {@code projectDirname}. */
    public BuildOptions withProjectDirname(String projectDirname) {
        return new BuildOptions(chroots, excludeChroots, timeout, background, bootstrap, isolation, afterBuildId,
                withBuildId, enableNet, packitForgeProject, projectDirname);
    }

    /** The options in Copr's API names, without the ones that are not set. */
    public Map<String, Object> wireFields() {
        return WireFields.create()
                .put("chroots", chroots)
                .put("exclude_chroots", excludeChroots)
                .put("timeout", timeout)
                .put("background", background)
                .put("bootstrap", bootstrap)
                .put("isolation", isolation)
                .put("after_build_id", afterBuildId)
                .put("with_build_id", withBuildId)
                .put("enable_net", enableNet)
                .put("packit_forge_project", packitForgeProject)
                .put("project_dirname", projectDirname)
                .toMap();
    }
}
