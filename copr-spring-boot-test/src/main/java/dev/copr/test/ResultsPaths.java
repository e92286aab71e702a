package dev.copr.test;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Maps paths of the stub's results and Pulp hosts to what is there, as Copr's hosts lay it out:
 * {@code /results/<owner>/<dir>/<chroot>/<8-digit id>-<package>/<file>} and {@code
 * /results/<owner>/<dir>/srpm-builds/<8-digit id>/<file>} on the results host, {@code
 * /<owner>/<dir>/<chroot>/Packages/<first letter>/<file>} on the Pulp host, and for projects in devel
 * mode also {@code /<owner>/<dir>/<chroot>-devel/Packages/<first letter>/<file>}. Callers hold the state's lock.
 */
final class ResultsPaths {

    private static final Pattern CHROOT_DIR = Pattern.compile("(\\d{8,})-(.+)");
    private static final Pattern SOURCE_DIR = Pattern.compile("\\d{8,}");
    /** What the backend adds to a chroot's Pulp distribution for a project in devel mode. */
    static final String DEVEL = "-devel";

    private ResultsPaths() {
    }

    /**
     * A request's path.
     * @param segments the decoded, non-empty segments
     * @param directory whether it ended with a slash
     * @param raw the path as it came, e.g. {@code /results/%40copr/demo}
     */
    record RequestPath(List<String> segments, boolean directory, String raw) {
    }

    /**
     * The results host's answer. RPMs of projects on Pulp storage (not those of source builds) are
     * answered with a 301 to the Pulp host, as Fedora's results host does.
     * @param reading the name of the file a GET asks for, which lets a live log grow; null otherwise
     */
    static HostAnswer results(StubState state, RequestPath path, @Nullable String reading) {
        List<String> segments = path.segments();
        if (segments.size() < 5 || segments.size() > 6 || !segments.get(0).equals("results")) {
            return new HostAnswer.Missing();
        }
        String owner = segments.get(1);
        String dirname = segments.get(2);
        String chroot = segments.get(3);
        ProjectRecord project = projectOfDir(state, owner, dirname);
        if (project == null) {
            return new HostAnswer.Missing();
        }
        if (segments.size() == 6 && project.onPulp() && !chroot.equals(ResultsLayout.SOURCE_CHROOT)
                && segments.get(5).endsWith(".rpm")) {
            return new HostAnswer.Moved(state.links.pulpPackage(owner, dirname, chroot, segments.get(5)));
        }
        List<ResultEntry> files = directory(state, project, dirname, chroot, segments.get(4), reading);
        if (files.isEmpty()) {
            return new HostAnswer.Missing();
        }
        if (segments.size() == 5) {
            return path.directory() ? new HostAnswer.Listing("/" + String.join("/", segments) + "/", files)
                    : new HostAnswer.Moved(state.links.resultsHost() + path.raw() + "/");
        }
        return files.stream().filter(file -> file.name().equals(segments.get(5))).findFirst()
                .<HostAnswer>map(HostAnswer.Found::new).orElseGet(HostAnswer.Missing::new);
    }

    /**
     * The Pulp host's answer: an RPM of the newest build in that project directory and chroot that has
     * it, from the distribution of the path. A project in devel mode has two: {@code <chroot>-devel}
     * with every build, which the backend publishes as builds end, and {@code <chroot>} with those that
     * ended by the project's last regenerate-repos.
     */
    static HostAnswer pulp(StubState state, RequestPath path) {
        List<String> segments = path.segments();
        if (segments.size() != 6 || !segments.get(3).equals("Packages")) {
            return new HostAnswer.Missing();
        }
        String dirname = segments.get(1);
        String distribution = segments.get(2);
        String file = segments.get(5);
        ProjectRecord project = projectOfDir(state, segments.get(0), dirname);
        if (project == null || !project.onPulp() || !segments.get(4).equals(file.substring(0, 1))) {
            return new HostAnswer.Missing();
        }
        boolean devel = distribution.endsWith(DEVEL);
        if (devel && !project.develMode) {
            return new HostAnswer.Missing();
        }
        String chroot = devel ? distribution.substring(0, distribution.length() - DEVEL.length()) : distribution;
        Long regenerated = project.reposRegeneratedOn;
        long publishedBy = !project.develMode || devel ? Long.MAX_VALUE
                : regenerated == null ? Long.MIN_VALUE : regenerated;
        return state.builds(project).stream().filter(build -> build.dirname.equals(dirname))
                .sorted(Comparator.comparingLong((BuildRecord build) -> build.id).reversed())
                .map(build -> pulpRpm(build, chroot, file, publishedBy))
                .flatMap(Optional::stream).findFirst()
                .<HostAnswer>map(HostAnswer.Found::new).orElseGet(HostAnswer.Missing::new);
    }

    /** @param publishedBy the distribution holds the builds whose chroot ended by then (epoch seconds) */
    private static Optional<ResultEntry> pulpRpm(BuildRecord build, String chroot, String file, long publishedBy) {
        BuildChrootRecord record = build.chroots.get(chroot);
        long ended = record == null || record.endedOn == null ? build.submittedOn : record.endedOn;
        if (record == null || !record.finished() || ended > publishedBy) {
            return Optional.empty();
        }
        GeneratedRpm rpm = ResultsLayout.rpms(build, record).get(file);
        return Optional.ofNullable(rpm).map(content -> ResultsLayout.rpm(file, content, ended));
    }

    /** The files of a build's directory in a chroot (or {@code srpm-builds}); empty when there is no such directory. */
    private static List<ResultEntry> directory(StubState state, ProjectRecord project, String dirname, String chroot,
                                               String buildDir, @Nullable String reading) {
        boolean source = chroot.equals(ResultsLayout.SOURCE_CHROOT);
        Matcher matcher = (source ? SOURCE_DIR : CHROOT_DIR).matcher(buildDir);
        if (!matcher.matches()) {
            return List.of();
        }
        BuildRecord build = build(state, project, dirname, matcher.group(source ? 0 : 1));
        if (build == null) {
            return List.of();
        }
        if (source) {
            return ResultsLayout.sourceFiles(build);
        }
        BuildChrootRecord record = build.chroots.get(chroot);
        if (record == null || !matcher.group(2).equals(build.packageName)) {
            return List.of();
        }
        return ResultsLayout.chrootFiles(state, build, record, reading);
    }

    /** The build of an 8-digit directory name, when it is one of this project directory's. */
    private static @Nullable BuildRecord build(StubState state, ProjectRecord project, String dirname, String digits) {
        long id;
        try {
            id = Long.parseLong(digits);
        } catch (NumberFormatException e) {
            return null;
        }
        BuildRecord build = state.builds.get(id);
        boolean ours = build != null && build.projectId == project.id && build.dirname.equals(dirname)
                && ResultsLayout.buildDir(id).equals(digits);
        return ours ? build : null;
    }

    private static @Nullable ProjectRecord projectOfDir(StubState state, String owner, String dirname) {
        int colon = dirname.indexOf(':');
        ProjectRecord project = state.findProject(owner, colon < 0 ? dirname : dirname.substring(0, colon));
        return project != null && project.hasDir(dirname) ? project : null;
    }
}
