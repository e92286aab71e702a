package dev.copr.test;

import dev.copr.client.build.BuildState;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Copr's project fork: settings, chroots and packages are copied, and the latest succeeded build of
 * each package is copied as a {@code forked} build.
 */
final class Forking {

    private Forking() {
    }

    /** Forks {@code source} into {@code target}, or into a new project {@code owner/name} when target is null. */
    static ProjectRecord fork(StubState state, ProjectRecord source, @Nullable ProjectRecord target, String owner,
                              String name, CoprStubUser user) {
        ProjectRecord fork = target != null ? target : newFork(state, source, owner, name, user);
        for (PackageRecord pkg : state.packages(source)) {
            if (state.findPackage(fork, pkg.name) == null) {
                PackageRecord copy = state.newPackage(fork, pkg.name);
                copy.sourceType = pkg.sourceType;
                copy.sourceJson = new LinkedHashMap<>(pkg.sourceJson);
                copy.webhookRebuild = pkg.webhookRebuild;
                copy.maxBuilds = pkg.maxBuilds;
                copy.timeout = pkg.timeout;
                copy.chrootDenylist = pkg.chrootDenylist;
            }
            latestSucceeded(state, source, pkg.name).ifPresent(build -> copyBuild(state, build, fork, user));
        }
        return fork;
    }

    private static ProjectRecord newFork(StubState state, ProjectRecord source, String owner, String name,
                                         CoprStubUser user) {
        ProjectRecord fork = state.newProject(owner, name, user.name());
        fork.description = source.description;
        fork.instructions = source.instructions;
        fork.homepage = source.homepage;
        fork.contact = source.contact;
        fork.develMode = source.develMode;
        fork.unlistedOnHp = source.unlistedOnHp;
        fork.autoPrune = source.autoPrune;
        fork.enableNet = source.enableNet;
        fork.moduleHotfixes = source.moduleHotfixes;
        fork.appstream = source.appstream;
        fork.followFedoraBranching = source.followFedoraBranching;
        fork.fedoraReview = source.fedoraReview;
        fork.bootstrap = source.bootstrap;
        fork.isolation = source.isolation;
        fork.storage = source.storage;
        fork.additionalRepos = new ArrayList<>(source.additionalRepos);
        fork.repoPriority = source.repoPriority;
        source.chroots.forEach((chroot, settings) -> fork.chroots.put(chroot, settings.copy()));
        return fork;
    }

    private static Optional<BuildRecord> latestSucceeded(StubState state, ProjectRecord project,
                                                                   String packageName) {
        return state.builds(project).stream()
                .filter(build -> packageName.equals(build.packageName) && !build.canceled)
                .filter(build -> build.chroots.values().stream().anyMatch(c -> c.state == BuildState.SUCCEEDED))
                .max(Comparator.comparingLong(build -> build.id));
    }

    private static void copyBuild(StubState state, BuildRecord build, ProjectRecord fork, CoprStubUser user) {
        BuildRecord copy = state.newBuild(fork, fork.name, user.name(), build.sourceType, build.sourceJson);
        copy.packageName = build.packageName;
        copy.pkgVersion = build.pkgVersion;
        copy.srpmUrl = build.srpmUrl;
        copy.timeout = build.timeout;
        copy.rpmSize = build.rpmSize;
        copy.sourceState = BuildState.SUCCEEDED;
        List<String> forked = build.chroots.values().stream()
                .filter(chroot -> chroot.state == BuildState.SUCCEEDED && fork.chroots.containsKey(chroot.name))
                .map(chroot -> chroot.name).toList();
        for (String chroot : forked) {
            BuildChrootRecord record = state.addChroot(copy, chroot, BuildState.FORKED);
            record.startedOn = state.now();
            record.endedOn = state.now();
            record.hasResultDir = true;
        }
    }
}
