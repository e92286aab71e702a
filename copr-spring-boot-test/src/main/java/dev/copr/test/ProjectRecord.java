package dev.copr.test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

/** A Copr project (Copr's {@code Copr} model) in the stub's state. Mutable; guarded by the state lock. */
final class ProjectRecord {

    final long id;
    final String ownername;
    final String name;
    /** The user who created it (Copr's {@code copr.user}); the owner of a personal project. */
    final String creator;
    final long createdOn;
    String description = "";
    String instructions = "";
    @Nullable String homepage;
    @Nullable String contact;
    boolean develMode;
    /**
     * When regenerate-repos last ran (epoch seconds): in devel mode on Pulp, the chroots' public
     * distributions hold the builds that ended by then; null when it never ran.
     */
    @Nullable Long reposRegeneratedOn;
    boolean persistent;
    boolean unlistedOnHp;
    boolean autoPrune = true;
    boolean enableNet;
    boolean moduleHotfixes;
    boolean appstream;
    boolean followFedoraBranching = true;
    boolean fedoraReview;
    String bootstrap = "default";
    String isolation = "default";
    /** {@code backend} or {@code pulp}: the stub's default storage unless an admin chose one. */
    String storage = "backend";
    List<String> additionalRepos = new ArrayList<>();
    List<String> packitForgeProjectsAllowed = new ArrayList<>();
    @Nullable Integer repoPriority;
    @Nullable String webhookSecret;
    /** The enabled chroots by name, in name order. */
    final Map<String, ProjectChrootRecord> chroots = new TreeMap<>();
    /** Roles of users other than the owner: user name → [admin, builder] states. */
    final Map<String, String[]> permissions = new LinkedHashMap<>();
    /** Project directories (CoprDirs) besides the main one, e.g. {@code name:pr:12}. */
    final Set<String> dirs = new LinkedHashSet<>();

    ProjectRecord(long id, String ownername, String name, String creator, long createdOn) {
        this.id = id;
        this.ownername = ownername;
        this.name = name;
        this.creator = creator;
        this.createdOn = createdOn;
    }

    String fullName() {
        return ownername + "/" + name;
    }

    /** The group of a group project (without {@code @}); null for a personal one. */
    @Nullable String group() {
        return ownername.startsWith("@") ? ownername.substring(1) : null;
    }

    /** Whether the project's RPMs are on Pulp ({@code storage} {@code pulp}) rather than on the results host. */
    boolean onPulp() {
        return "pulp".equals(storage);
    }

    boolean hasDir(String dirname) {
        return name.equals(dirname) || dirs.contains(dirname);
    }
}
