package dev.copr.test;

import dev.copr.client.build.BuildState;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

/**
 * Everything the stub knows: users, groups, mock chroots, projects, packages and builds, with the
 * lookups that answer Copr's "does not exist" errors and its permission rules. Not thread-safe:
 * callers hold the lock of this object.
 */
final class StubState {

    final Links links;
    /** Tells the bus of each start and end of a build's chroots and source build, as Copr's backend does. */
    final BuildAnnouncer announcer;
    final Map<String, String> mockChroots = new LinkedHashMap<>();
    final Map<String, CoprStubUser> users = new LinkedHashMap<>();
    final Map<Long, ProjectRecord> projects = new TreeMap<>();
    final Map<Long, PackageRecord> packages = new TreeMap<>();
    final Map<Long, BuildRecord> builds = new TreeMap<>();
    BuildProgression progression;
    BuildState outcome;
    /** How builds submitted from now on end in these chroots, overriding {@link #outcome}. */
    final Map<String, BuildState> chrootOutcomes = new HashMap<>();
    /** The size of the RPMs and SRPMs of builds submitted from now on, in bytes. */
    long rpmSize;
    /** How the results and Pulp hosts misbehave for a file name. */
    final Map<String, ResultsFault> resultsFaults = new HashMap<>();
    /** The text the full-text project search matches, by project id, as of the last reindex. */
    final Map<Long, String> searchIndex = new HashMap<>();
    SearchIndex searchIndexMode;
    /** How many of the next API requests are answered with 429. */
    final RateLimit rateLimit = new RateLimit();
    private final StubSettings settings;
    private final Map<String, Long> userIds = new HashMap<>();
    private final Set<String> groups = new LinkedHashSet<>();
    private long lastUserId;
    private long lastProjectId;
    private long lastPackageId;
    private long lastBuildId;
    private long lastBuildChrootId;
    private long lastBatchId;

    StubState(StubSettings settings, Links links) {
        this.settings = settings;
        this.links = links;
        this.announcer = new BuildAnnouncer(settings.busPublisher());
        reset();
    }

    /** Back to the settings the stub started with: no projects, packages or builds. */
    void reset() {
        mockChroots.clear();
        mockChroots.putAll(settings.mockChroots());
        users.clear();
        userIds.clear();
        groups.clear();
        groups.addAll(settings.groups());
        projects.clear();
        packages.clear();
        builds.clear();
        lastUserId = 0;
        lastProjectId = 0;
        lastPackageId = 0;
        lastBuildId = 0;
        lastBuildChrootId = 0;
        lastBatchId = 0;
        progression = settings.progression();
        outcome = settings.outcome();
        chrootOutcomes.clear();
        chrootOutcomes.putAll(settings.chrootOutcomes());
        rpmSize = settings.rpmSize();
        resultsFaults.clear();
        searchIndex.clear();
        searchIndexMode = settings.searchIndex();
        rateLimit.set(0, null);
        settings.users().forEach(this::putUser);
    }

    /** Unix seconds now, by the stub's clock. */
    long now() {
        return settings.clock().instant().getEpochSecond();
    }

    LocalDate today() {
        return LocalDate.now(settings.clock());
    }

    /** Adds a user, or replaces the one of that name (keeping its id). */
    void putUser(CoprStubUser user) {
        users.put(user.name(), user);
        userIds.computeIfAbsent(user.name(), name -> ++lastUserId);
    }

    long userId(String name) {
        return Objects.requireNonNull(userIds.get(name), () -> "no user " + name);
    }

    CoprStubUser defaultUser() {
        String name = settings.users().get(0).name();
        return Objects.requireNonNull(users.get(name), () -> "the default user " + name + " was removed");
    }

    void addGroup(String group) {
        groups.add(group);
    }

    boolean groupExists(String group) {
        return groups.contains(group) || users.values().stream().anyMatch(user -> user.inGroup(group));
    }

    /**
     * The user of valid HTTP Basic credentials, as Copr's {@code _check_api_login}: login and token
     * match and the token has not expired; null otherwise.
     */
    @Nullable CoprStubUser authenticate(@Nullable String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        String credentials;
        try {
            credentials = new String(Base64.getDecoder().decode(authorization.substring(6).strip()),
                    StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
        int colon = credentials.indexOf(':');
        if (colon < 0) {
            return null;
        }
        String login = credentials.substring(0, colon);
        String token = credentials.substring(colon + 1);
        return users.values().stream()
                .filter(user -> user.login().equals(login) && user.token().equals(token))
                .filter(user -> user.tokenExpiration() == null || !user.tokenExpiration().isBefore(today()))
                .findFirst().orElse(null);
    }

    /** A project by owner and name, or Copr's 404: {@code Project o/p does not exist.} (or the group's). */
    ProjectRecord project(String ownername, String projectname) {
        if (ownername.startsWith("@") && !groupExists(ownername.substring(1))) {
            throw CoprError.notFound("Group " + ownername.substring(1) + " does not exist.");
        }
        ProjectRecord project = findProject(ownername, projectname);
        if (project == null) {
            throw CoprError.notFound("Project " + ownername + "/" + projectname + " does not exist.");
        }
        return project;
    }

    @Nullable ProjectRecord findProject(String ownername, String projectname) {
        return projects.values().stream()
                .filter(project -> project.ownername.equals(ownername) && project.name.equals(projectname))
                .findFirst().orElse(null);
    }

    ProjectRecord newProject(String ownername, String name, String creator) {
        ProjectRecord project = new ProjectRecord(++lastProjectId, ownername, name, creator, now());
        project.storage = settings.defaultStorage().coprName();
        projects.put(project.id, project);
        return project;
    }

    /** A build by id, or Copr's 404 {@code Build N does not exist.}. */
    BuildRecord build(long id) {
        BuildRecord build = builds.get(id);
        if (build == null) {
            throw CoprError.notFound("Build " + id + " does not exist.");
        }
        return build;
    }

    /** A build by the id in a query value; not a number is PostgreSQL's error, Copr's 500. */
    BuildRecord build(String id) {
        try {
            return build(Long.parseLong(id));
        } catch (NumberFormatException e) {
            throw CoprError.serverError("Database error, contact admin");
        }
    }

    BuildRecord newBuild(ProjectRecord project, String dirname, String submitter, String sourceType,
                         Map<String, Object> sourceJson) {
        BuildRecord build = new BuildRecord(++lastBuildId, project.id, dirname, submitter, now(), sourceType,
                sourceJson);
        build.outcome = outcome;
        build.chrootOutcomes.putAll(chrootOutcomes);
        build.rpmSize = rpmSize;
        builds.put(build.id, build);
        return build;
    }

    /** A new batch, without builds yet. */
    BatchRecord newBatch(@Nullable BatchRecord blockedBy) {
        return new BatchRecord(++lastBatchId, blockedBy);
    }

    /** Adds a chroot to a build. */
    BuildChrootRecord addChroot(BuildRecord build, String chroot, BuildState chrootState) {
        BuildChrootRecord record = new BuildChrootRecord(++lastBuildChrootId, chroot, chrootState);
        build.chroots.put(chroot, record);
        return record;
    }

    List<BuildRecord> builds(ProjectRecord project) {
        return builds.values().stream().filter(build -> build.projectId == project.id).toList();
    }

    ProjectRecord projectOf(BuildRecord build) {
        return project(build.projectId);
    }

    /** Indexes every project as it is now for the full-text search, as Copr's {@code update-indexes}. */
    void reindex() {
        searchIndex.clear();
        projects.values().forEach(project -> searchIndex.put(project.id, searchText(project)));
    }

    /**
     * The text the full-text search matches for a project: as indexed, or as it is now with {@link
     * SearchIndex#IMMEDIATE}; null when the project is not in the index.
     */
    @Nullable String searchableText(ProjectRecord project) {
        return searchIndexMode == SearchIndex.IMMEDIATE ? searchText(project) : searchIndex.get(project.id);
    }

    private static String searchText(ProjectRecord project) {
        return (project.fullName() + " " + project.description + " " + project.instructions).toLowerCase(Locale.ROOT);
    }

    /** The project of a build or package, which is deleted with its project. */
    ProjectRecord project(long id) {
        return Objects.requireNonNull(projects.get(id), () -> "no project " + id);
    }

    List<PackageRecord> packages(ProjectRecord project) {
        return packages.values().stream().filter(pkg -> pkg.projectId == project.id).toList();
    }

    @Nullable PackageRecord findPackage(ProjectRecord project, String name) {
        return packages.values().stream().filter(pkg -> pkg.projectId == project.id && pkg.name.equals(name))
                .findFirst().orElse(null);
    }

    PackageRecord newPackage(ProjectRecord project, String name) {
        PackageRecord pkg = new PackageRecord(++lastPackageId, project.id, name);
        packages.put(pkg.id, pkg);
        return pkg;
    }

    /** Removes a project with its packages and builds. */
    void delete(ProjectRecord project) {
        builds.values().removeIf(build -> build.projectId == project.id);
        packages.values().removeIf(pkg -> pkg.projectId == project.id);
        projects.remove(project.id);
    }

    /** Copr's {@code User.can_edit}: owner of a personal project, admin, approved admin role, or group member. */
    boolean canEdit(CoprStubUser user, ProjectRecord project) {
        if (project.group() == null && project.ownername.equals(user.name())) {
            return true;
        }
        if (user.admin() || "approved".equals(role(project, user.name(), 0))) {
            return true;
        }
        return project.group() != null && user.inGroup(project.group());
    }

    /** Copr's {@code User.can_build_in}: admin, owner or group member, or an approved role. */
    boolean canBuildIn(CoprStubUser user, ProjectRecord project) {
        if (user.admin()) {
            return true;
        }
        if (project.group() != null ? user.inGroup(project.group()) : project.ownername.equals(user.name())) {
            return true;
        }
        return "approved".equals(role(project, user.name(), 0)) || "approved".equals(role(project, user.name(), 1));
    }

    private static @Nullable String role(ProjectRecord project, String username, int index) {
        String[] roles = project.permissions.get(username);
        return roles == null ? null : roles[index];
    }
}
