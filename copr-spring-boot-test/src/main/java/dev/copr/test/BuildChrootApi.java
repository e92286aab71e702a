package dev.copr.test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code /build-chroot/...}: get, list, build-config and built-packages (Copr's {@code apiv3_build_chroots}). */
final class BuildChrootApi {

    private static final Map<String, Paging.Column<BuildChrootRecord>> COLUMNS = Map.of(
            "id", chroot -> chroot.id,
            "started_on", chroot -> chroot.startedOn,
            "ended_on", chroot -> chroot.endedOn,
            "status", chroot -> chroot.state.status());

    private final StubState state;

    BuildChrootApi(StubState state) {
        this.state = state;
    }

    void register(Router router) {
        router.add("GET", "/build-chroot", this::get);
        router.add("GET", "/build-chroot/{build_id:int}/{chrootname}", this::get);
        router.add("GET", "/build-chroot/list", this::list);
        router.add("GET", "/build-chroot/list/{build_id:int}", this::list);
        router.add("GET", "/build-chroot/build-config", this::buildConfig);
        router.add("GET", "/build-chroot/build-config/{build_id:int}/{chrootname}", this::buildConfig);
        router.add("GET", "/build-chroot/built-packages", this::builtPackages);
    }

    private Map<String, Object> toDict(BuildRecord build, BuildChrootRecord chroot) {
        ProjectRecord project = state.projectOf(build);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", chroot.name);
        json.put("started_on", chroot.startedOn);
        json.put("ended_on", chroot.endedOn);
        String packageName = build.packageName;
        json.put("result_url", chroot.hasResultDir && packageName != null
                ? state.links.chrootResults(project.ownername, build.dirname, chroot.name, build.id, packageName)
                : null);
        json.put("state", chroot.state.coprName());
        return json;
    }

    private Object get(StubRequest request) {
        BuildRecord build = state.build(request.argument("build_id"));
        return toDict(build, chroot(build, request.argument("chrootname")));
    }

    private Object list(StubRequest request) {
        Paging paging = Paging.of(request, "build_chroot");
        if ("name".equals(request.query("order"))) {
            paging = paging.defaultOrder();
        }
        BuildRecord build = state.builds.get(parseId(request.argument("build_id")));
        if (build == null) {
            return paging.answer(List.of(), COLUMNS, chroot -> Map.of());
        }
        return paging.answer(List.copyOf(build.chroots.values()), COLUMNS, chroot -> toDict(build, chroot));
    }

    private Object buildConfig(StubRequest request) {
        BuildRecord build = state.build(request.argument("build_id"));
        BuildChrootRecord buildChroot = chroot(build, request.argument("chrootname"));
        ProjectRecord project = state.projectOf(build);
        ProjectChrootRecord chroot = project.chroots.getOrDefault(buildChroot.name,
                new ProjectChrootRecord(buildChroot.name));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("repos", BuildConfigs.repos(state, project, chroot, build.dirname));
        json.put("additional_repos", BuildConfigs.additionalRepos(project, chroot));
        json.put("additional_packages", List.copyOf(chroot.additionalPackages));
        json.put("with_opts", List.copyOf(chroot.withOpts));
        json.put("without_opts", List.copyOf(chroot.withoutOpts));
        json.put("memory_limit", build.memoryLimit);
        json.put("timeout", build.timeout);
        json.put("enable_net", build.enableNet);
        json.put("is_background", build.background);
        json.putAll(BuildConfigs.bootstrap(project, chroot, build.bootstrap));
        json.values().removeIf(value -> value == null);
        return json;
    }

    private Object builtPackages(StubRequest request) {
        BuildRecord build = state.build(request.argument("build_id"));
        return BuildLifecycle.results(build, chroot(build, request.argument("chrootname")));
    }

    /** Copr's {@code get_build_chroot}: 404 when the build was not submitted to the chroot. */
    private BuildChrootRecord chroot(BuildRecord build, String chrootname) {
        BuildChrootRecord chroot = build.chroots.get(chrootname);
        if (chroot == null) {
            throw CoprError.notFound(state.mockChroots.containsKey(chrootname)
                    ? "Build " + build.id + " was not submitted to " + chrootname + " chroot."
                    : "Chroot " + chrootname + " does not exist");
        }
        return chroot;
    }

    private static long parseId(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw CoprError.serverError("Database error, contact admin");
        }
    }
}
