package dev.copr.test;

import dev.copr.client.build.BuildState;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import org.jspecify.annotations.Nullable;

/**
 * What Copr's backend writes into a build's result directories, for the stub's results and Pulp
 * hosts. A chroot's directory ({@code <chroot>/<8-digit id>-<package>/}) holds, while the chroot runs,
 * the growing {@code builder-live.log} and {@code backend.log}; once it ended, their {@code .gz}, and
 * when it succeeded the {@code success} marker, {@code results.json}, the spec and the RPMs named in
 * the built-packages answers (on Pulp storage the RPMs are on the Pulp host instead). The source
 * build's directory ({@code srpm-builds/<8-digit id>/}) has the same logs once it ended, and when it
 * succeeded its marker, {@code results.json}, spec and SRPM. Callers hold the state's lock.
 */
final class ResultsLayout {

    /** The chroot name of source (SRPM) builds in result paths and bus messages. */
    static final String SOURCE_CHROOT = "srpm-builds";
    /** Lines of a live log shown at its first read, and added by each later read, until the running part is out. */
    private static final int LIVE_LINES_FIRST = 8;
    private static final int LIVE_LINES_PER_READ = 6;
    private static final String TEXT = "text/plain; charset=utf-8";

    private ResultsLayout() {
    }

    /** The name of a build's directory: its id in 8 digits, as the backend's {@code build_target_dir}. */
    static String buildDir(long buildId) {
        return "%08d".formatted(buildId);
    }

    /**
     * The files of a chroot's result directory now, by name; empty when the chroot has none.
     * @param reading whether a live log is being read, which lets it grow as a running build's does
     */
    static List<ResultEntry> chrootFiles(StubState state, BuildRecord build, BuildChrootRecord chroot,
                                         @Nullable String reading) {
        String packageName = build.packageName;
        if (!chroot.hasResultDir || packageName == null) {
            return List.of();
        }
        long started = chroot.startedOn == null ? build.submittedOn : chroot.startedOn;
        BuildLogs logs = new BuildLogs(build.id, chroot.name, packageName, build.pkgVersion, started, chroot.endedOn);
        List<ResultEntry> files = new ArrayList<>();
        if (chroot.state == BuildState.RUNNING) {
            if (reading != null && reading.endsWith(".log")) {
                chroot.liveLogReads++;
            }
            int shown = LIVE_LINES_FIRST + LIVE_LINES_PER_READ * Math.max(0, chroot.liveLogReads - 1);
            files.add(text("backend.log", live(logs.backendRunning(), shown), state.now()));
            files.add(text("builder-live.log", live(logs.builderLiveRunning(), shown), state.now()));
            return files;
        }
        if (!chroot.finished()) {
            return List.of();
        }
        long ended = chroot.endedOn == null ? started : chroot.endedOn;
        files.add(gzipped("builder-live.log.gz", logs.builderLive(chroot.state), ended));
        files.add(gzipped("backend.log.gz", logs.backend(chroot.state), ended));
        if (chroot.state == BuildState.SUCCEEDED || chroot.state == BuildState.FORKED) {
            files.add(text("success", "done", ended));
            files.add(text("results.json", Json.writeIndented(BuildLifecycle.results(build, chroot)), ended));
            files.add(text(packageName + ".spec", spec(build, packageName), ended));
            if (!state.projectOf(build).onPulp()) {
                rpms(build, chroot).forEach((name, rpm) -> files.add(rpm(name, rpm, ended)));
            }
        }
        files.sort(Comparator.comparing(ResultEntry::name));
        return files;
    }

    /** The files of a build's source (SRPM) build directory; empty until the source build ended. */
    static List<ResultEntry> sourceFiles(BuildRecord build) {
        boolean ended = build.sourceState == BuildState.SUCCEEDED || build.sourceState == BuildState.FAILED
                || build.canceled && build.sourceState == BuildState.IMPORTING;
        if (!ended) {
            return List.of();
        }
        BuildState outcome = build.canceled && build.sourceState == BuildState.IMPORTING ? BuildState.CANCELED
                : build.sourceState;
        long endedOn = build.startedOn() == null ? build.submittedOn : build.startedOn();
        BuildLogs logs = new BuildLogs(build.id, SOURCE_CHROOT, build.packageName, build.pkgVersion, build.submittedOn,
                endedOn);
        List<ResultEntry> files = new ArrayList<>();
        files.add(gzipped("builder-live.log.gz", logs.builderLive(outcome), endedOn));
        files.add(gzipped("backend.log.gz", logs.backend(outcome), endedOn));
        String packageName = build.packageName;
        String srpmName = build.srpmName();
        if (outcome == BuildState.SUCCEEDED && packageName != null && srpmName != null) {
            files.add(text("success", "done", endedOn));
            files.add(text("results.json", Json.writeIndented(sourceResults(build, packageName)), endedOn));
            files.add(text(packageName + ".spec", spec(build, packageName), endedOn));
            files.add(rpm(srpmName, GeneratedRpm.of(build.id + "/" + SOURCE_CHROOT + "/" + srpmName, build.rpmSize,
                    true, packageName + "-" + build.pkgVersion), endedOn));
        }
        files.sort(Comparator.comparing(ResultEntry::name));
        return files;
    }

    /**
     * The files a chroot's (or with {@code srpm-builds}, the source build's) result directory has now,
     * each with the URL it is served at with 200: RPMs of projects on Pulp storage on the Pulp host
     * (in devel mode, in the chroot's {@code -devel} distribution).
     * @throws IllegalArgumentException when the build was not submitted to the chroot
     */
    static List<ResultFile> served(StubState state, BuildRecord build, String chroot) {
        ProjectRecord project = state.projectOf(build);
        List<ResultFile> served = new ArrayList<>();
        if (chroot.equals(SOURCE_CHROOT)) {
            String directory = state.links.sourceResults(project.ownername, build.dirname, build.id) + "/";
            sourceFiles(build).forEach(file -> served.add(served(directory, file)));
            return served;
        }
        BuildChrootRecord record = build.chroots.get(chroot);
        if (record == null) {
            throw new IllegalArgumentException("build " + build.id + " was not submitted to chroot " + chroot);
        }
        String packageName = build.packageName;
        if (packageName == null) {
            return served;
        }
        String directory = state.links.chrootResults(project.ownername, build.dirname, chroot, build.id, packageName);
        chrootFiles(state, build, record, null).forEach(file -> served.add(served(directory, file)));
        if (project.onPulp() && record.finished()) {
            String distribution = project.develMode ? chroot + ResultsPaths.DEVEL : chroot;
            rpms(build, record).forEach((name, rpm) -> served.add(new ResultFile(name,
                    URI.create(state.links.pulpPackage(project.ownername, build.dirname, distribution, name)), rpm)));
        }
        return served;
    }

    private static ResultFile served(String directory, ResultEntry file) {
        return new ResultFile(file.name(), URI.create(directory + file.name()), file.content());
    }

    /** The RPM files a chroot built, by file name: {@code N-V-R.A.rpm} for each built-packages NEVRA. */
    static Map<String, GeneratedRpm> rpms(BuildRecord build, BuildChrootRecord chroot) {
        Map<String, GeneratedRpm> rpms = new LinkedHashMap<>();
        for (Map<String, Object> nevra : BuildLifecycle.builtPackages(build, chroot)) {
            String nvr = nevra.get("name") + "-" + nevra.get("version") + "-" + nevra.get("release");
            String name = nvr + "." + nevra.get("arch") + ".rpm";
            rpms.put(name, GeneratedRpm.of(build.id + "/" + chroot.name + "/" + name, build.rpmSize,
                    "src".equals(nevra.get("arch")), nvr));
        }
        return rpms;
    }

    /** An RPM as the hosts serve it. */
    static ResultEntry rpm(String name, GeneratedRpm content, long modified) {
        return new ResultEntry(name, content, "application/x-rpm", null, modified);
    }

    /** The SRPM build's {@code results.json}: {@code name, epoch, version, release, architecture_specific_tags}. */
    private static Map<String, Object> sourceResults(BuildRecord build, String packageName) {
        String version = build.pkgVersion == null ? "1.0-1" : build.pkgVersion;
        int dash = version.lastIndexOf('-');
        Map<String, Object> tags = new LinkedHashMap<>();
        build.chroots.keySet().stream().map(chroot -> chroot.substring(0, chroot.lastIndexOf('-'))).sorted()
                .forEach(distribution -> tags.put(distribution, Map.of()));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("architecture_specific_tags", tags);
        json.put("name", packageName);
        json.put("epoch", null);
        json.put("version", dash < 0 ? version : version.substring(0, dash));
        json.put("release", dash < 0 ? "1" : version.substring(dash + 1));
        return json;
    }

    private static String spec(BuildRecord build, String packageName) {
        String version = build.pkgVersion == null ? "1.0-1" : build.pkgVersion;
        int dash = version.lastIndexOf('-');
        return String.join("\n", "Name:           " + packageName,
                "Version:        " + (dash < 0 ? version : version.substring(0, dash)),
                "Release:        " + (dash < 0 ? "1" : version.substring(dash + 1)) + "%{?dist}",
                "Summary:        " + packageName + ", built by the Copr stub",
                "License:        MIT",
                "",
                "%description",
                "A package the Copr stub made up for build " + build.id + ".",
                "",
                "%build",
                "make %{?_smp_mflags}",
                "",
                "%install",
                "%make_install",
                "",
                "%files",
                "%{_bindir}/" + packageName,
                "");
    }

    private static String live(List<String> lines, int shown) {
        return String.join("\n", lines.subList(0, Math.min(shown, lines.size()))) + "\n";
    }

    private static ResultEntry text(String name, String text, long modified) {
        return new ResultEntry(name, new ResultContent.Text(text.getBytes(StandardCharsets.UTF_8)), TEXT, null,
                modified);
    }

    /** A gzipped log, served as Copr's web server serves them: {@code Content-Encoding: gzip}, type text. */
    private static ResultEntry gzipped(String name, List<String> lines, long modified) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            gzip.write((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ResultEntry(name, new ResultContent.Text(bytes.toByteArray()), TEXT, "gzip", modified);
    }
}
