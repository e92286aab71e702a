package dev.copr.test;

import dev.copr.client.build.BuildState;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** {@code /build/...} except creation: get, list, source chroot and config, built packages, cancel, delete. */
final class BuildApi {

    private static final Map<String, Paging.Column<BuildRecord>> COLUMNS = Map.of(
            "id", build -> build.id,
            "submitted_on", build -> build.submittedOn,
            "is_background", build -> build.background,
            "pkg_version", build -> build.pkgVersion,
            "timeout", build -> build.timeout,
            "source_status", build -> build.sourceState.status());

    private final StubState state;

    BuildApi(StubState state) {
        this.state = state;
    }

    void register(Router router) {
        router.add("GET", "/build/{build_id:int}", this::get);
        router.add("GET", "/build/list", this::list);
        router.add("GET", "/build/source-chroot/{build_id:int}", this::sourceChroot);
        router.add("GET", "/build/source-build-config/{build_id:int}", this::sourceBuildConfig);
        router.add("GET", "/build/built-packages/{build_id:int}", this::builtPackages);
        router.add("PUT", "/build/cancel/{build_id:int}", this::cancel);
        router.addDeprecated("POST", "PUT", "/build/cancel/{build_id:int}", this::cancel);
        router.add("DELETE", "/build/delete/{build_id:int}", this::delete);
        router.addDeprecated("POST", "DELETE", "/build/delete/{build_id:int}", this::delete);
        router.add("DELETE", "/build/delete/list", this::deleteList);
        router.addDeprecated("POST", "DELETE", "/build/delete/list", this::deleteList);
    }

    /** A build as Copr's {@code apiv3_builds.to_dict} writes it. */
    static Map<String, Object> toDict(BuildRecord build, StubState state) {
        ProjectRecord project = state.projectOf(build);
        Map<String, Object> sourcePackage = new LinkedHashMap<>();
        sourcePackage.put("name", build.packageName);
        sourcePackage.put("version", build.pkgVersion);
        sourcePackage.put("url", build.srpmUrl);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", build.id);
        json.put("state", build.state().coprName());
        json.put("projectname", project.name);
        json.put("ownername", project.ownername);
        json.put("repo_url", state.links.repo(project, project.name));
        json.put("source_package", sourcePackage);
        json.put("submitted_on", build.submittedOn);
        json.put("started_on", build.startedOn());
        json.put("ended_on", build.endedOn());
        json.put("submitter", build.submitter);
        json.put("chroots", List.copyOf(build.chroots.keySet()));
        json.put("project_dirname", build.dirname);
        json.put("is_background", build.background);
        return json;
    }

    private Object get(StubRequest request) {
        BuildRecord build = state.build(request.path("build_id"));
        if (state.progression == BuildProgression.ON_POLL) {
            BuildLifecycle.advance(state, build);
        }
        return toDict(build, state);
    }

    private Object list(StubRequest request) {
        Paging paging = Paging.of(request, "build");
        ProjectRecord project = state.project(request.argument("ownername"), request.argument("projectname"));
        String packagename = request.query("packagename");
        String status = request.query("status");
        List<BuildRecord> builds = state.builds(project).stream()
                .filter(build -> packagename == null || packagename.isEmpty() || packagename.equals(build.packageName))
                .toList();
        if (status == null || status.isEmpty()) {
            return paging.answer(builds, COLUMNS, build -> toDict(build, state));
        }
        List<Map<String, Object>> matching = paging.unlimited().page(builds, COLUMNS).stream()
                .filter(build -> build.state().coprName().equals(status))
                .map(build -> toDict(build, state))
                .toList();
        Integer limit = paging.limit();
        return paging.answer(limit == null ? matching : matching.subList(0, Math.min(limit, matching.size())));
    }

    private Object sourceChroot(StubRequest request) {
        BuildRecord build = state.build(request.path("build_id"));
        if (build.sourceState == BuildState.PENDING || build.sourceState == BuildState.WAITING) {
            // Copr takes the dirname of the SRPM build's log URL, which does not exist yet: a TypeError.
            throw CoprError.serverError(CoprError.UNEXPECTED);
        }
        ProjectRecord project = state.projectOf(build);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("state", build.sourceState.coprName());
        json.put("result_url", state.links.sourceResults(project.ownername, build.dirname, build.id));
        return json;
    }

    private Object sourceBuildConfig(StubRequest request) {
        BuildRecord build = state.build(request.path("build_id"));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("source_type", build.sourceType);
        json.put("source_dict", new LinkedHashMap<>(build.sourceJson));
        json.put("memory_limit", build.memoryLimit);
        json.put("timeout", build.timeout);
        json.put("is_background", build.background);
        return json;
    }

    private Object builtPackages(StubRequest request) {
        BuildRecord build = state.build(request.path("build_id"));
        Map<String, Object> json = new LinkedHashMap<>();
        build.chroots.values().forEach(chroot -> json.put(chroot.name, BuildLifecycle.results(build, chroot)));
        return json;
    }

    private Object cancel(StubRequest request) {
        CoprStubUser user = request.user();
        BuildRecord build = state.build(request.path("build_id"));
        if (!state.canBuildIn(user, state.projectOf(build))) {
            throw CoprError.forbidden("You are not allowed to cancel this build.");
        }
        if (build.finished()) {
            throw CoprError.conflict("Cannot cancel build " + build.id);
        }
        BuildLifecycle.cancel(state, build);
        return toDict(build, state);
    }

    private Object delete(StubRequest request) {
        CoprStubUser user = request.user();
        BuildRecord build = state.build(request.path("build_id"));
        ProjectRecord project = state.projectOf(build);
        if (project.persistent) {
            throw CoprError.forbidden("User '" + user.name() + "' can not delete a persistent build " + build.id);
        }
        if (!state.canEdit(user, project)) {
            throw CoprError.forbidden("User '" + user.name() + "' doesn't have permissions to delete build " + build.id);
        }
        if (!build.finished()) {
            throw CoprError.serverError("User '" + user.name() + "' can not delete build " + build.id);
        }
        Map<String, Object> before = toDict(build, state);
        state.builds.remove(build.id);
        return before;
    }

    private Object deleteList(StubRequest request) {
        CoprStubUser user = request.user();
        Object ids = request.input().raw("builds");
        if (!(ids instanceof List<?> list) || !list.stream().allMatch(id -> id instanceof Number)) {
            throw CoprError.serverError(CoprError.UNEXPECTED);
        }
        List<Long> buildIds = list.stream().map(id -> ((Number) id).longValue()).toList();
        checkDeletable(state, user, buildIds);
        buildIds.forEach(state.builds::remove);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("builds", buildIds);
        return json;
    }

    /** Copr's {@code delete_builds} checks: 400 naming the builds that cannot be deleted, and why. */
    static void checkDeletable(StubState state, CoprStubUser user, List<Long> buildIds) {
        List<Long> noPermission = new ArrayList<>();
        List<Long> stillRunning = new ArrayList<>();
        Set<Long> missing = new LinkedHashSet<>();
        for (long id : new LinkedHashSet<>(buildIds)) {
            BuildRecord build = state.builds.get(id);
            if (build == null) {
                missing.add(id);
            } else if (state.projectOf(build).persistent || !state.canEdit(user, state.projectOf(build))) {
                noPermission.add(id);
            } else if (!build.finished()) {
                stillRunning.add(id);
            }
        }
        StringBuilder message = new StringBuilder();
        if (!noPermission.isEmpty()) {
            message.append("You don't have permissions to delete build(s) ").append(join(noPermission)).append(".\n");
        }
        if (!stillRunning.isEmpty()) {
            message.append("Build(s) ").append(join(stillRunning)).append(" are still running.\n");
        }
        if (!missing.isEmpty()) {
            message.append("Build(s) ").append(join(missing)).append(" don't exist.\n");
        }
        if (!message.isEmpty()) {
            throw CoprError.badRequest(message.toString());
        }
    }

    private static String join(Collection<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
