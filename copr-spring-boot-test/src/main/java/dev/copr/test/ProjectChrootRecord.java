package dev.copr.test;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** A chroot enabled in a project (Copr's {@code CoprChroot}) with its settings. Mutable. */
final class ProjectChrootRecord {

    final String name;
    List<String> additionalRepos = new ArrayList<>();
    List<String> additionalPackages = new ArrayList<>();
    List<String> additionalModules = new ArrayList<>();
    List<String> withOpts = new ArrayList<>();
    List<String> withoutOpts = new ArrayList<>();
    String isolation = "unchanged";
    @Nullable String bootstrap;
    @Nullable String bootstrapImage;
    @Nullable String compsName;

    ProjectChrootRecord(String name) {
        this.name = name;
    }

    /** A copy for a fork. */
    ProjectChrootRecord copy() {
        ProjectChrootRecord copy = new ProjectChrootRecord(name);
        copy.additionalRepos = new ArrayList<>(additionalRepos);
        copy.additionalPackages = new ArrayList<>(additionalPackages);
        copy.additionalModules = new ArrayList<>(additionalModules);
        copy.withOpts = new ArrayList<>(withOpts);
        copy.withoutOpts = new ArrayList<>(withoutOpts);
        copy.isolation = isolation;
        copy.bootstrap = bootstrap;
        copy.bootstrapImage = bootstrapImage;
        copy.compsName = compsName;
        return copy;
    }
}
