package dev.copr.client.internal.download;

import dev.copr.client.build.Build;
import dev.copr.client.build.BuiltPackage;
import dev.copr.client.build.BuiltPackages;
import dev.copr.client.chroot.BuildChroot;
import dev.copr.client.exception.CoprRequestException;
import dev.copr.client.project.Project;
import dev.copr.client.project.Storage;
import dev.copr.client.result.DownloadOptions;
import dev.copr.client.result.ResultFile;
import dev.copr.client.result.ResultKind;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/** The files a download of a build fetches from each chroot's result directory. */
final class ResultFiles {

    /** The logs the backend gzips when a chroot ends: its own, the builder's, and mock's. */
    static final List<String> LOGS = List.of("builder-live.log.gz", "backend.log.gz", "root.log.gz", "build.log.gz",
            "state.log.gz", "hw_info.log.gz");

    private final Build build;
    private final DownloadOptions options;
    private final Supplier<BuiltPackages> builtPackages;
    private final Supplier<Project> project;

    /**
     * @param builtPackages asked once, and only when RPMs are wanted
     * @param project asked once, and only when some chroot built packages
     */
    ResultFiles(Build build, DownloadOptions options, Supplier<BuiltPackages> builtPackages,
                Supplier<Project> project) {
        this.build = build;
        this.options = options;
        this.builtPackages = builtPackages;
        this.project = project;
    }

    /** The wanted files of these chroots, each of which has a {@code result_url}. */
    List<ResultFile> of(List<BuildChroot> chroots) {
        boolean rpms = options.includes(ResultKind.BINARY_RPM) || options.includes(ResultKind.SOURCE_RPM);
        BuiltPackages packages = rpms ? builtPackages.get() : new BuiltPackages(Map.of());
        boolean devel = !packages.chroots().isEmpty() && inDevelDistribution(project.get());
        List<ResultFile> files = new ArrayList<>();
        for (BuildChroot chroot : chroots) {
            SafeNames.plain("chroot name", chroot.name());
            String resultUrl = Objects.requireNonNull(chroot.resultUrl());
            rpms(chroot.name(), resultUrl, packages.in(chroot.name()), devel).stream()
                    .filter(file -> options.includes(file.kind()))
                    .forEach(files::add);
            if (options.includes(ResultKind.LOG)) {
                LOGS.forEach(log -> files.add(other(chroot.name(), resultUrl, ResultKind.LOG, log)));
            }
            String packageName = build.sourcePackage() == null ? null : build.sourcePackage().name();
            if (options.includes(ResultKind.SPEC) && packageName != null) {
                files.add(other(chroot.name(), resultUrl, ResultKind.SPEC, packageName + ".spec"));
            }
        }
        return files;
    }

    /**
     * The RPM files of these packages.
     * @param devel whether they are in Pulp's devel distribution of the chroot ({@link #inDevelDistribution})
     */
    static List<ResultFile> rpms(String chroot, String resultUrl, List<BuiltPackage> packages, boolean devel) {
        String directory = devel ? develResultUrl(resultUrl) : resultUrl;
        return packages.stream().map(nevra -> ResultFile.ofPackage(chroot, directory, nevra)).toList();
    }

    /**
     * Whether a project's new RPMs are only in Pulp's devel distribution {@code <chroot>-devel}: on
     * {@code pulp} storage in devel mode (manual createrepo), Pulp's public distribution of a chroot
     * holds the RPMs of the last "regenerate repositories" only, and Pulp cannot nest a {@code devel}
     * directory as the backend's storage does.
     */
    static boolean inDevelDistribution(Project project) {
        return project.storage() == Storage.PULP && project.develMode();
    }

    /**
     * The result URL under Pulp's devel distribution, as copr-cli's {@code download-build} makes it:
     * {@code -devel} added to the chroot's directory, e.g. {@code .../fedora-42-x86_64-devel/00001234-foo/};
     * the results host redirects it to that distribution.
     */
    static String develResultUrl(String resultUrl) {
        String directory = resultUrl.endsWith("/") ? resultUrl.substring(0, resultUrl.length() - 1) : resultUrl;
        String path;
        try {
            path = new URI(directory).getRawPath();
        } catch (URISyntaxException e) {
            throw new CoprRequestException("Copr answered a result_url that is not a URL: " + e.getReason()
                    + " at index " + e.getIndex());
        }
        if (path == null || path.lastIndexOf('/') < 1) {
            throw new CoprRequestException("Copr answered a result_url without a chroot directory: " + resultUrl);
        }
        int buildDir = directory.lastIndexOf('/');
        return directory.substring(0, buildDir) + "-devel" + directory.substring(buildDir) + "/";
    }

    private static ResultFile other(String chroot, String resultUrl, ResultKind kind, String fileName) {
        return new ResultFile(chroot, kind, fileName, ResultFile.locate(resultUrl, fileName), null);
    }
}
