package dev.copr.test;

import dev.copr.client.build.BuildState;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How builds move through Copr's states in the stub, one step at a time: {@code pending} (SRPM
 * build waiting), {@code importing} (SRPM being built and imported), {@code running} (chroots
 * allocated and building), then the build's outcome, {@code succeeded} or {@code failed}. Every
 * start and end of a source build or a chroot goes through {@link #startSource}, {@link #endSource},
 * {@link #startChroot} and {@link #endChroot}, which tell the bus as Copr's backend does; only
 * {@link #cancel} tells it of ends itself, since a canceled build keeps its source state.
 */
final class BuildLifecycle {

    private static final String DEFAULT_VERSION = "1.0-1";

    private BuildLifecycle() {
    }

    /**
     * Moves an unfinished build one state on; a finished one stays as it is, and so does a blocked one,
     * which Copr's backend does not take until the batch it waits for has finished.
     */
    static void advance(StubState state, BuildRecord build) {
        if (build.finished() || build.blocked()) {
            return;
        }
        if (build.sourceState == BuildState.PENDING) {
            startSource(state, build);
        } else if (build.sourceState == BuildState.IMPORTING) {
            importSources(state, build);
        } else if (build.chroots.values().stream().anyMatch(chroot -> chroot.state == BuildState.RUNNING)) {
            for (BuildChrootRecord chroot : build.chroots.values()) {
                if (!chroot.finished()) {
                    endChroot(state, build, chroot, build.outcomeIn(chroot.name));
                }
            }
        } else {
            start(state, build);
        }
    }

    /**
     * Moves every build one state on that the backend could take at the start of this step: a build
     * whose batch finishes now starts with the next step.
     */
    static void advanceAll(StubState state) {
        List<BuildRecord> ready = state.builds.values().stream().filter(build -> !build.blocked()).toList();
        ready.forEach(build -> advance(state, build));
    }

    /**
     * Advances a build until it has finished.
     * @throws IllegalStateException when it is blocked: it cannot move before the batch it waits for
     */
    static void finish(StubState state, BuildRecord build) {
        requireUnblocked(build);
        while (!build.finished()) {
            advance(state, build);
        }
    }

    /**
     * Ends a build as failed now: its SRPM build when that has not finished (its chroots then fail
     * without having run), else its chroots.
     */
    static void fail(StubState state, BuildRecord build) {
        requireUnblocked(build);
        build.outcome = BuildState.FAILED;
        build.chrootOutcomes.clear();
        if (build.finished()) {
            return;
        }
        if (build.sourceState == BuildState.PENDING || build.sourceState == BuildState.IMPORTING) {
            if (build.sourceState == BuildState.PENDING) {
                startSource(state, build);
            }
            endSource(state, build, BuildState.FAILED);
            for (BuildChrootRecord chroot : build.chroots.values()) {
                chroot.state = BuildState.FAILED;
                chroot.endedOn = state.now();
            }
            return;
        }
        finish(state, build);
    }

    /**
     * Copr's cancel: the build and its unfinished chroots are canceled. The backend stops what runs,
     * the source build or the chroots, and announces their end as failed (it ends every job that did
     * not succeed so).
     */
    static void cancel(StubState state, BuildRecord build) {
        build.canceled = true;
        if (build.sourceState == BuildState.IMPORTING) {
            state.announcer.sourceEnded(state, build, BuildState.FAILED);
        }
        for (BuildChrootRecord chroot : build.chroots.values()) {
            if (chroot.state == BuildState.RUNNING) {
                state.announcer.chrootEnded(state, build, chroot, BuildState.FAILED);
            }
            if (!chroot.finished()) {
                chroot.state = BuildState.CANCELED;
                chroot.endedOn = state.now();
            }
        }
    }

    private static void requireUnblocked(BuildRecord build) {
        if (build.blocked() && !build.finished()) {
            BatchRecord blocking = Objects.requireNonNull(build.batch).blockedBy;
            throw new IllegalStateException("build " + build.id + " waits for batch "
                    + Objects.requireNonNull(blocking).id + " to finish, as on Copr: finish that batch's builds first");
        }
    }

    /** The chroots a package builds in: the project's, without those its denylist matches. */
    static List<String> packageChroots(ProjectRecord project, PackageRecord pkg) {
        List<String> denylist = pkg == null || pkg.chrootDenylist == null || pkg.chrootDenylist.isBlank() ? List.of()
                : Arrays.stream(pkg.chrootDenylist.split(",")).map(String::strip).toList();
        return project.chroots.keySet().stream()
                .filter(chroot -> denylist.stream().noneMatch(pattern -> Fnmatch.matches(pattern, chroot)))
                .toList();
    }

    /** Allocates the build's chroots, waiting for the SRPM. */
    static void allocate(StubState state, BuildRecord build, List<String> chroots) {
        chroots.forEach(name -> state.addChroot(build, name, BuildState.WAITING));
    }

    /** What one chroot built, {@code {"packages": [NEVRA]}}: see {@link #builtPackages}. */
    static Map<String, Object> results(BuildRecord build, BuildChrootRecord chroot) {
        Map<String, Object> results = new LinkedHashMap<>();
        results.put("packages", builtPackages(build, chroot));
        return results;
    }

    /** The NEVRAs one chroot built: the binary RPM and the SRPM once it succeeded (or was forked), else none. */
    static List<Map<String, Object>> builtPackages(BuildRecord build, BuildChrootRecord chroot) {
        List<Map<String, Object>> packages = new ArrayList<>();
        if (chroot.state == BuildState.SUCCEEDED || chroot.state == BuildState.FORKED) {
            String arch = chroot.name.substring(chroot.name.lastIndexOf('-') + 1);
            packages.add(nevra(build, arch));
            packages.add(nevra(build, "src"));
        }
        return packages;
    }

    private static Map<String, Object> nevra(BuildRecord build, String arch) {
        String pkgVersion = Objects.requireNonNull(build.pkgVersion, "a built chroot's sources were imported");
        int dash = pkgVersion.lastIndexOf('-');
        Map<String, Object> nevra = new LinkedHashMap<>();
        nevra.put("name", build.packageName);
        nevra.put("epoch", 0);
        nevra.put("version", dash < 0 ? pkgVersion : pkgVersion.substring(0, dash));
        nevra.put("release", dash < 0 ? "1" : pkgVersion.substring(dash + 1));
        nevra.put("arch", arch);
        return nevra;
    }

    /** The SRPM is imported: the package is known (and created if new), the chroots start. */
    private static void importSources(StubState state, BuildRecord build) {
        ProjectRecord project = state.projectOf(build);
        if (build.packageName == null) {
            String[] nameVersion = nameVersion(build);
            build.packageName = nameVersion[0];
            build.pkgVersion = nameVersion[1];
        } else if (build.pkgVersion == null) {
            build.pkgVersion = DEFAULT_VERSION;
        }
        // the backend reports the SRPM it built, which replaces a URL or upload the build was submitted with
        build.srpmUrl = state.links.sourceResults(project.ownername, build.dirname, build.id) + "/" + build.srpmName();
        PackageRecord pkg = state.findPackage(project, build.packageName);
        if (pkg == null) {
            pkg = state.newPackage(project, build.packageName);
            pkg.sourceType = build.sourceType;
            pkg.sourceJson = new LinkedHashMap<>(build.sourceJson);
        }
        if (build.chroots.isEmpty()) {
            List<String> chroots = build.plannedChroots.isEmpty() ? packageChroots(project, pkg) : build.plannedChroots;
            allocate(state, build, chroots.stream().filter(project.chroots::containsKey).toList());
        }
        if (build.chroots.isEmpty()) {
            endSource(state, build, BuildState.FAILED);
            return;
        }
        endSource(state, build, BuildState.SUCCEEDED);
        start(state, build);
    }

    private static void start(StubState state, BuildRecord build) {
        for (BuildChrootRecord chroot : build.chroots.values()) {
            if (!chroot.finished()) {
                startChroot(state, build, chroot);
            }
        }
    }

    /** The SRPM build starts: the build is importing. */
    private static void startSource(StubState state, BuildRecord build) {
        build.sourceState = BuildState.IMPORTING;
        state.announcer.sourceStarted(state, build);
    }

    /** The SRPM build ends, succeeded or failed. */
    private static void endSource(StubState state, BuildRecord build, BuildState outcome) {
        build.sourceState = outcome;
        state.announcer.sourceEnded(state, build, outcome);
    }

    private static void startChroot(StubState state, BuildRecord build, BuildChrootRecord chroot) {
        chroot.state = BuildState.RUNNING;
        chroot.startedOn = state.now();
        chroot.hasResultDir = true;
        state.announcer.chrootStarted(state, build, chroot);
    }

    /** A running chroot ends, succeeded or failed. */
    private static void endChroot(StubState state, BuildRecord build, BuildChrootRecord chroot, BuildState outcome) {
        chroot.state = outcome;
        chroot.endedOn = state.now();
        state.announcer.chrootEnded(state, build, chroot, outcome);
    }

    /** The package name and version the stub's "SRPM" gets, guessed from the build's source. */
    private static String[] nameVersion(BuildRecord build) {
        Map<String, Object> source = build.sourceJson;
        return switch (build.sourceType) {
            case "link" -> fromFileName(lastSegment(text(source, "url")));
            case "upload" -> fromFileName(text(source, "pkg"));
            case "scm" -> new String[] {scmName(source), DEFAULT_VERSION};
            case "pypi" -> new String[] {"python-" + text(source, "pypi_package_name"),
                    text(source, "pypi_package_version").isEmpty() ? DEFAULT_VERSION
                            : text(source, "pypi_package_version") + "-1"};
            case "rubygems" -> new String[] {"rubygem-" + text(source, "gem_name"), DEFAULT_VERSION};
            default -> new String[] {"custom-package", DEFAULT_VERSION};
        };
    }

    /** {@code foo-1.2-3.fc41.src.rpm} → foo, 1.2-3.fc41; {@code foo.spec} → foo, 1.0-1. */
    private static String[] fromFileName(String file) {
        String base = file;
        for (String suffix : List.of(".src.rpm", ".nosrc.rpm", ".spec")) {
            if (base.endsWith(suffix)) {
                base = base.substring(0, base.length() - suffix.length());
                if (!suffix.equals(".spec")) {
                    int release = base.lastIndexOf('-');
                    int version = release < 0 ? -1 : base.lastIndexOf('-', release - 1);
                    if (version > 0) {
                        return new String[] {base.substring(0, version), base.substring(version + 1)};
                    }
                }
                break;
            }
        }
        return new String[] {base.isEmpty() ? "package" : base, DEFAULT_VERSION};
    }

    private static String scmName(Map<String, Object> source) {
        String spec = text(source, "spec");
        if (!spec.isEmpty()) {
            String file = lastSegment(spec);
            return file.endsWith(".spec") ? file.substring(0, file.length() - 5) : file;
        }
        String repo = lastSegment(text(source, "clone_url"));
        return repo.endsWith(".git") ? repo.substring(0, repo.length() - 4) : repo;
    }

    private static String lastSegment(String url) {
        String path = url;
        try {
            String parsed = URI.create(url).getPath();
            path = parsed == null ? url : parsed;
        } catch (IllegalArgumentException e) {
            // not a URI: use the text as it is
        }
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static String text(Map<String, Object> source, String key) {
        Object value = source.get(key);
        return value == null ? "" : value.toString();
    }
}
