package dev.copr.client.chroot;

import java.util.List;

/** Copr's {@code {"packages": [...]}} answer listing the RPMs of one build chroot. */
record BuiltPackages(List<BuiltPackage> packages) {

    BuiltPackages {
        packages = packages == null ? List.of() : List.copyOf(packages);
    }
}
