package dev.copr.test;

import dev.copr.client.build.BuildState;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * The text of the logs a Copr build writes, made up but shaped as Copr's: {@code builder-live.log}
 * (copr-rpmbuild and mock on the builder) and {@code backend.log} (the backend's worker). Each log has
 * the lines written while the job runs, the same whatever its outcome, and the lines of its end: a
 * failed job's last line says why it failed.
 *
 * @param buildId the build
 * @param chroot the chroot, or {@code srpm-builds} for the source build
 * @param packageName the package, null for a source build that failed before its package was known
 * @param version the package's {@code version-release}, null when unknown
 * @param startedOn when the job started, Unix seconds
 * @param endedOn when it ended, Unix seconds; null while it runs
 */
record BuildLogs(long buildId, String chroot, @Nullable String packageName, @Nullable String version,
                 long startedOn, @Nullable Long endedOn) {

    private static final DateTimeFormatter BACKEND_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss',000'", Locale.ROOT).withZone(ZoneOffset.UTC);

    /** The lines of {@code builder-live.log} written while the job runs. */
    List<String> builderLiveRunning() {
        List<String> lines = new ArrayList<>();
        String task = source() ? "get-srpm-build-task/" + buildId : "get-build-task/" + buildId + "-" + chroot;
        lines.add("Running: /usr/bin/copr-rpmbuild --verbose --drop-resultdir --task-url https://copr.example/backend/"
                + task + (source() ? " --srpm" : " --chroot " + chroot) + " --detached");
        lines.add("");
        lines.add("Version: 1.6");
        lines.add("PID: " + (1000 + buildId % 30000));
        lines.add("Logging PID: " + (1001 + buildId % 30000));
        lines.add("Task:");
        lines.add("{'build_id': " + buildId + ",");
        lines.add(" 'chroot': " + (source() ? "None" : "'" + chroot + "'") + ",");
        lines.add(" 'project_owner': ..., 'task_id': '" + (source() ? buildId : buildId + "-" + chroot) + "'}");
        lines.add("");
        if (source()) {
            lines.add("Running: git clone --depth 500 --no-single-branch --recursive https://src.example/"
                    + packageOr("package") + ".git /var/lib/copr-rpmbuild/workspace/workdir-" + buildId + "/"
                    + packageOr("package"));
            lines.add("Running: rpmbuild -bs --define '_sourcedir .' --define '_srcrpmdir .' " + packageOr("package")
                    + ".spec");
            return lines;
        }
        lines.add("Running (timeout=18000): unbuffer mock --spec /var/lib/copr-rpmbuild/workspace/workdir-" + buildId
                + "/" + packageName + "/" + packageName + ".spec --sources /var/lib/copr-rpmbuild/workspace/workdir-"
                + buildId + "/" + packageName + " --resultdir /var/lib/copr-rpmbuild/results --uniqueext "
                + startedOn + " --configdir /var/lib/copr-rpmbuild/workspace/workdir-" + buildId + "/configs");
        lines.add("INFO: mock.py version 6.1 starting (python version = 3.13.5, NVR = mock-6.1-1.fc42)");
        lines.add("Start: init plugins");
        lines.add("INFO: selinux enabled");
        lines.add("Finish: init plugins");
        lines.add("INFO: Signal handler active");
        lines.add("Start: run");
        lines.add("INFO: Start(" + packageName + ".spec)  Config(" + chroot + ")");
        lines.add("Start: chroot init");
        lines.add("INFO: calling preinit hooks");
        lines.add("INFO: enabled root cache");
        lines.add("INFO: Package manager dnf5 detected and used (fallback)");
        lines.add("Finish: chroot init");
        lines.add("Start: build phase for " + nvr() + ".src.rpm");
        lines.add("Start: build setup for " + nvr() + ".src.rpm");
        lines.add("Building target platforms: " + arch());
        lines.add("Building for target " + arch());
        lines.add("Wrote: /builddir/build/SRPMS/" + nvr() + ".src.rpm");
        lines.add("Finish: build setup for " + nvr() + ".src.rpm");
        lines.add("Start: rpmbuild " + nvr() + ".src.rpm");
        lines.add("Executing(%mkbuilddir): /bin/sh -e /var/tmp/rpm-tmp.mkb" + buildId);
        lines.add("Executing(%prep): /bin/sh -e /var/tmp/rpm-tmp.prp" + buildId);
        lines.add("+ cd /builddir/build/BUILD/" + nvr() + "-build");
        lines.add("+ RPM_EC=0");
        lines.add("Executing(%build): /bin/sh -e /var/tmp/rpm-tmp.bld" + buildId);
        lines.add("+ make -O -j4 V=1 VERBOSE=1");
        return lines;
    }

    /** The whole {@code builder-live.log} of a job that ended so. */
    List<String> builderLive(BuildState outcome) {
        List<String> lines = builderLiveRunning();
        if (source()) {
            if (outcome == BuildState.SUCCEEDED) {
                lines.add("Wrote: " + nvr() + ".src.rpm");
                lines.add("Output: ['" + packageName + ".spec', '" + nvr() + ".src.rpm']");
            } else {
                lines.add("error: Bad source: " + packageOr("package") + "-" + versionOr() + ".tar.gz: No such file or"
                        + " directory");
                lines.add("Copr build error: " + ended(outcome));
            }
            return lines;
        }
        if (outcome == BuildState.SUCCEEDED || outcome == BuildState.FORKED) {
            lines.add("Executing(%install): /bin/sh -e /var/tmp/rpm-tmp.ins" + buildId);
            lines.add("Wrote: /builddir/build/RPMS/" + nvr() + "." + arch() + ".rpm");
            lines.add("Executing(%clean): /bin/sh -e /var/tmp/rpm-tmp.cln" + buildId);
            lines.add("Finish: rpmbuild " + nvr() + ".src.rpm");
            lines.add("Finish: build phase for " + nvr() + ".src.rpm");
            lines.add("INFO: Done(" + packageName + ".spec) Config(" + chroot + ") " + minutes() + " minutes");
            lines.add("INFO: Results and/or logs in: /var/lib/copr-rpmbuild/results");
            lines.add("Finish: run");
            return lines;
        }
        lines.add("error: Bad exit status from /var/tmp/rpm-tmp.bld" + buildId + " (%build)");
        lines.add("RPM build errors:");
        lines.add("    Bad exit status from /var/tmp/rpm-tmp.bld" + buildId + " (%build)");
        lines.add("Finish: rpmbuild " + nvr() + ".src.rpm");
        lines.add("Finish: build phase for " + nvr() + ".src.rpm");
        lines.add("ERROR: Exception(" + nvr() + ".src.rpm) Config(" + chroot + ") " + minutes() + " minutes");
        lines.add("INFO: Results and/or logs in: /var/lib/copr-rpmbuild/results");
        lines.add("ERROR: Command failed: See logs for output.");
        lines.add("Copr build error: " + ended(outcome));
        return lines;
    }

    /** The lines of {@code backend.log} written while the job runs. */
    List<String> backendRunning() {
        List<String> lines = new ArrayList<>();
        lines.add(backendLine(startedOn, "INFO", "Marking build as starting"));
        lines.add(backendLine(startedOn, "INFO", "Trying to allocate VM"));
        lines.add(backendLine(startedOn, "INFO", "Allocated host ResallocHost, ticket_id=" + (buildId * 7 % 100000)
                + ", hostname=10.0." + (buildId % 250) + "." + (chroot.length() % 250)));
        lines.add(backendLine(startedOn, "INFO", "Filling build.info file with builder info"));
        lines.add(backendLine(startedOn, "INFO", "Sending build state back to frontend: {\"builds\": [{\"build_id\": "
                + buildId + ", \"chroot\": \"" + chroot + "\", \"status\": 3}]}"));
        lines.add(backendLine(startedOn, "INFO", "Starting remote build: copr-rpmbuild --verbose --drop-resultdir "
                + "--build-id " + buildId + (source() ? " --srpm" : " --chroot " + chroot) + " --detached"));
        lines.add(backendLine(startedOn, "INFO", "Downloading the builder-live.log file, attempt 1"));
        return lines;
    }

    /** The whole {@code backend.log} of a job that ended so. */
    List<String> backend(BuildState outcome) {
        List<String> lines = backendRunning();
        long ended = endedOn == null ? startedOn : endedOn;
        lines.add(backendLine(ended, "INFO", "Downloading results from builder"));
        boolean succeeded = outcome == BuildState.SUCCEEDED || outcome == BuildState.FORKED;
        lines.add(backendLine(ended, "INFO", "Searching for 'success' file in resultdir"));
        if (!succeeded) {
            lines.add(backendLine(ended, "ERROR", outcome == BuildState.CANCELED ? "Build was canceled"
                    : "No success file => build failure"));
        }
        lines.add(backendLine(ended, "INFO", "Finished build: id=" + buildId + " failed=" + !succeeded + " chroot="
                + chroot));
        lines.add(backendLine(ended, succeeded ? "INFO" : "ERROR", "Worker " + (succeeded ? "succeeded" : "failed")
                + " build, took " + (ended - startedOn) + ".0"));
        return lines;
    }

    private boolean source() {
        return ResultsLayout.SOURCE_CHROOT.equals(chroot);
    }

    private String nvr() {
        return packageOr("package") + "-" + versionOr();
    }

    private String packageOr(String fallback) {
        return packageName == null ? fallback : packageName;
    }

    private String versionOr() {
        return version == null ? "1.0-1" : version;
    }

    private String arch() {
        return chroot.substring(chroot.lastIndexOf('-') + 1);
    }

    private long minutes() {
        return endedOn == null ? 0 : (endedOn - startedOn) / 60;
    }

    private static String ended(BuildState outcome) {
        return outcome == BuildState.CANCELED ? "Build canceled" : "Build failed";
    }

    private static String backendLine(long time, String level, String message) {
        return "[" + BACKEND_TIME.format(Instant.ofEpochSecond(time)) + "][" + "%6s".formatted(level) + "][PID:"
                + 4242 + "] " + message;
    }
}
