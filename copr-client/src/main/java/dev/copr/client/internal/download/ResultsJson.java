package dev.copr.client.internal.download;

import dev.copr.client.build.BuiltPackage;
import dev.copr.client.internal.ApiLists;

import java.util.List;

/**
 * The {@code results.json} the backend writes into a chroot's result directory:
 * {@code {"packages": [{"name", "epoch", "version", "release", "arch"}]}}, every RPM including the
 * {@code .src.rpm} (arch {@code src}).
 *
 * @param packages the RPMs
 */
record ResultsJson(List<BuiltPackage> packages) {

    ResultsJson {
        packages = ApiLists.copyOf(packages);
    }
}
