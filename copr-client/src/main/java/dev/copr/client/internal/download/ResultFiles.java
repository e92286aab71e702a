package dev.copr.client.internal.download;

import dev.copr.client.build.Build;
import dev.copr.client.build.BuiltPackage;
import dev.copr.client.build.BuiltPackages;
import dev.copr.client.chroot.BuildChroot;
import dev.copr.client.result.DownloadOptions;
import dev.copr.client.result.ResultFile;
import dev.copr.client.result.ResultKind;

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

    /** @param builtPackages asked once, and only when RPMs are wanted */
    ResultFiles(Build build, DownloadOptions options, Supplier<BuiltPackages> builtPackages) {
        this.build = build;
        this.options = options;
        this.builtPackages = builtPackages;
    }

    /** The wanted files of these chroots, each of which has a {@code result_url}. */
    List<ResultFile> of(List<BuildChroot> chroots) {
        BuiltPackages packages = options.includes(ResultKind.BINARY_RPM) || options.includes(ResultKind.SOURCE_RPM)
                ? builtPackages.get() : new BuiltPackages(Map.of());
        List<ResultFile> files = new ArrayList<>();
        for (BuildChroot chroot : chroots) {
            SafeNames.plain("chroot name", chroot.name());
            String resultUrl = Objects.requireNonNull(chroot.resultUrl());
            rpms(chroot.name(), resultUrl, packages.in(chroot.name())).stream()
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

    static List<ResultFile> rpms(String chroot, String resultUrl, List<BuiltPackage> packages) {
        return packages.stream().map(nevra -> ResultFile.ofPackage(chroot, resultUrl, nevra)).toList();
    }

    private static ResultFile other(String chroot, String resultUrl, ResultKind kind, String fileName) {
        return new ResultFile(chroot, kind, fileName, ResultFile.locate(resultUrl, fileName), null);
    }
}
