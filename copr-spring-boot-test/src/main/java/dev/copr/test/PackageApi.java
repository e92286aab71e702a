package dev.copr.test;

import dev.copr.client.build.BuildState;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/** {@code /package/...}: get, list, add, edit, reset, build and delete (Copr's {@code apiv3_packages}). */
final class PackageApi {

    private static final Map<String, String> RENAMES = Map.of(
            "is_background", "background",
            "memory_limit", "memory_reqs",
            "source_build_method", "srpm_build_method",
            "script_builddeps", "builddeps",
            "script_resultdir", "resultdir",
            "script_chroot", "chroot",
            "script_repos", "repos");
    private static final Map<String, Paging.Column<PackageRecord>> COLUMNS = Map.of(
            "id", pkg -> pkg.id,
            "name", pkg -> pkg.name,
            "webhook_rebuild", pkg -> pkg.webhookRebuild,
            "max_builds", pkg -> pkg.maxBuilds,
            "timeout", pkg -> pkg.timeout);
    private static final int MAX_PACKAGES_WITHOUT_PAGINATION = 10000;

    private final StubState state;

    PackageApi(StubState state) {
        this.state = state;
    }

    void register(Router router) {
        router.add("GET", "/package", this::get);
        router.add("GET", "/package/list", this::list);
        router.add("POST", "/package/add/{ownername}/{projectname}/{package_name}/{source_type_text}", this::add);
        router.add("POST", "/package/edit/{ownername}/{projectname}/{package_name}", this::edit);
        router.add("POST", "/package/edit/{ownername}/{projectname}/{package_name}/{source_type_text}", this::edit);
        router.add("PUT", "/package/reset", this::reset);
        router.addDeprecated("POST", "PUT", "/package/reset", this::reset);
        router.add("POST", "/package/build", this::build);
        router.add("DELETE", "/package/delete", this::delete);
        router.addDeprecated("POST", "DELETE", "/package/delete", this::delete);
    }

    /** A package as Copr's {@code apiv3_packages.to_dict} writes it. */
    private Map<String, Object> toDict(PackageRecord pkg, boolean withLatest, boolean withLatestSucceeded) {
        ProjectRecord project = state.project(pkg.projectId);
        Map<String, Object> source = new LinkedHashMap<>(pkg.sourceJson);
        if (source.containsKey("srpm_build_method")) {
            source.put("source_build_method", source.remove("srpm_build_method"));
        }
        Map<String, Object> builds = new LinkedHashMap<>();
        builds.put("latest", withLatest ? latest(pkg, false).map(build -> BuildApi.toDict(build, state)).orElse(null)
                : null);
        builds.put("latest_succeeded", withLatestSucceeded
                ? latest(pkg, true).map(build -> BuildApi.toDict(build, state)).orElse(null) : null);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", pkg.id);
        json.put("name", pkg.name);
        json.put("projectname", project.name);
        json.put("ownername", project.ownername);
        json.put("source_type", pkg.sourceType);
        json.put("source_dict", source);
        json.put("auto_rebuild", pkg.webhookRebuild);
        json.put("builds", builds);
        return json;
    }

    private Optional<BuildRecord> latest(PackageRecord pkg, boolean succeeded) {
        return state.builds(state.project(pkg.projectId)).stream()
                .filter(build -> pkg.name.equals(build.packageName))
                .filter(build -> !succeeded || build.state() == BuildState.SUCCEEDED)
                .max(Comparator.comparingLong(build -> build.id));
    }

    private Object get(StubRequest request) {
        ProjectRecord project = state.project(request.argument("ownername"), request.argument("projectname"));
        String name = request.argument("packagename");
        PackageRecord pkg = state.findPackage(project, name);
        if (pkg == null) {
            throw CoprError.notFound("No package with name " + name + " in copr " + project.name);
        }
        // Copr passes the raw query text on: any non-empty value, even "False", turns a flag on.
        return toDict(pkg, nonEmpty(request.query("with_latest_build")),
                nonEmpty(request.query("with_latest_succeeded_build")));
    }

    private Object list(StubRequest request) {
        Paging paging = Paging.of(request, "package");
        ProjectRecord project = state.project(request.argument("ownername"), request.argument("projectname"));
        boolean withLatest = flag(request.query("with_latest_build"));
        boolean withLatestSucceeded = flag(request.query("with_latest_succeeded_build"));
        List<PackageRecord> page = paging.page(state.packages(project), COLUMNS);
        if (page.size() > MAX_PACKAGES_WITHOUT_PAGINATION) {
            throw new CoprError(413, "Too many packages, please use pagination. Requests are limited to only "
                    + MAX_PACKAGES_WITHOUT_PAGINATION + " packages at once.");
        }
        return paging.answer(page.stream().map(pkg -> (Object) toDict(pkg, withLatest, withLatestSucceeded)).toList());
    }

    private Object add(StubRequest request) {
        CoprStubUser user = request.user();
        ProjectRecord project = state.project(request.path("ownername"), request.path("projectname"));
        FormData data = request.input().renamed(RENAMES);
        String named = data.text("package_name");
        String name = named != null ? named : request.path("package_name");
        Map<String, Object> source = checkedSource(user, project, request.path("source_type_text"), data, name);
        if (state.findPackage(project, name) != null) {
            throw CoprError.conflict("Package " + name + " already exists in copr " + project.fullName() + ".");
        }
        PackageRecord pkg = state.newPackage(project, name);
        store(pkg, request.path("source_type_text"), source, data);
        return toDict(pkg, false, false);
    }

    private Object edit(StubRequest request) {
        CoprStubUser user = request.user();
        ProjectRecord project = state.project(request.path("ownername"), request.path("projectname"));
        String name = request.path("package_name");
        PackageRecord pkg = state.findPackage(project, name);
        if (pkg == null) {
            throw CoprError.notFound("Package " + name + " does not exists in copr " + project.fullName() + ".");
        }
        String pathSourceType = request.optionalPath("source_type_text");
        String sourceType = pathSourceType == null ? pkg.sourceType : pathSourceType;
        FormData data = request.input().renamed(RENAMES);
        for (Map.Entry<String, Object> stored : pkg.sourceJson.entrySet()) {
            if (!data.has(stored.getKey())) {
                data = data.with(stored.getKey(), stored.getValue());
            }
        }
        if (!data.has("package_name")) {
            data = data.with("package_name", name);
        }
        Map<String, Object> source = checkedSource(user, project, sourceType, data, name);
        store(pkg, sourceType, source, data);
        return toDict(pkg, false, false);
    }

    /** Rights, source type and form checks of Copr's {@code process_package_add_or_edit}. */
    private Map<String, Object> checkedSource(CoprStubUser user, ProjectRecord project, String sourceType,
                                              FormData data, String name) {
        if (!state.canEdit(user, project)) {
            throw CoprError.forbidden("You are not allowed to add or edit packages in this copr.");
        }
        if (!SourceForms.PACKAGE_TYPES.contains(sourceType)) {
            throw CoprError.badRequest("Unsupported package source type " + sourceType);
        }
        FormErrors errors = new FormErrors();
        SourceForms.checkPackageName(data.text("package_name"), errors);
        Map<String, Object> source = SourceForms.sourceJson(sourceType, data, name, state, errors);
        Integer maxBuilds = data.integer("max_builds", errors);
        Validation.range("max_builds", maxBuilds, 0, 100, errors);
        Validation.range("timeout", data.integer("timeout", errors), 0, BuildOptionsForm.MAX_TIMEOUT, errors);
        checkDenylist(data.text("chroot_denylist"), errors);
        if (!errors.isEmpty()) {
            throw errors.invalidForm();
        }
        return source;
    }

    private void checkDenylist(@Nullable String denylist, FormErrors errors) {
        if (denylist == null || denylist.isBlank()) {
            return;
        }
        for (String item : denylist.split(",")) {
            String pattern = item.strip();
            if (!pattern.matches("^[a-z0-9-_*.+]+$")) {
                errors.add("chroot_denylist", "Pattern \"" + pattern + "\" does not match \"^[a-z0-9-_*.+]+$\"");
                return;
            }
            if (Fnmatch.filter(state.mockChroots.keySet(), pattern).isEmpty()) {
                errors.add("chroot_denylist", "no chroot matched by pattern \"" + pattern + "\"");
                return;
            }
        }
    }

    private static void store(PackageRecord pkg, String sourceType, Map<String, Object> source, FormData data) {
        FormErrors ignored = new FormErrors();
        pkg.sourceType = sourceType;
        pkg.sourceJson = new LinkedHashMap<>(source);
        if (data.has("webhook_rebuild")) {
            pkg.webhookRebuild = data.bool("webhook_rebuild", false);
        }
        if (data.has("max_builds")) {
            pkg.maxBuilds = data.integer("max_builds", ignored);
        }
        if (data.has("timeout")) {
            pkg.timeout = data.integer("timeout", ignored);
        }
        if (data.has("chroot_denylist")) {
            pkg.chrootDenylist = data.text("chroot_denylist");
        }
    }

    private Object reset(StubRequest request) {
        CoprStubUser user = request.user();
        PackageRecord pkg = packageOfBody(request);
        if (!state.canEdit(user, state.project(pkg.projectId))) {
            throw CoprError.forbidden("You are not allowed to reset package `" + pkg.id + "`.");
        }
        pkg.sourceType = "unset";
        pkg.sourceJson = new LinkedHashMap<>();
        return toDict(pkg, false, false);
    }

    private Object build(StubRequest request) {
        CoprStubUser user = request.user();
        ProjectRecord project = state.project(request.bodyField("ownername"), request.bodyField("projectname"));
        FormData data = request.input().renamed(RENAMES);
        PackageRecord pkg = findPackage(project, data.text("package_name"));
        FormErrors errors = new FormErrors();
        int timeout = pkg.timeout == null ? BuildOptionsForm.DEFAULT_TIMEOUT : pkg.timeout;
        BuildOptionsForm options = BuildOptionsForm.read(data, project, timeout, state, user, errors);
        if (!errors.isEmpty()) {
            throw errors.invalidForm();
        }
        if ("unset".equals(pkg.sourceType) || pkg.sourceJson.isEmpty()) {
            throw CoprError.badRequest("Package 'Unset default source for package " + pkg.name + "' doesn't have the"
                    + " default source method set, but it is required for the rebuild request.  Please configure"
                    + " some source  method first");
        }
        return BuildApi.toDict(BuildCreateApi.submit(state, user, project, options, pkg.sourceType, pkg.sourceJson, pkg),
                state);
    }

    private Object delete(StubRequest request) {
        CoprStubUser user = request.user();
        PackageRecord pkg = packageOfBody(request);
        if (!state.canEdit(user, state.project(pkg.projectId))) {
            throw CoprError.forbidden("You are not allowed to delete package `" + pkg.id + "`.");
        }
        Map<String, Object> before = toDict(pkg, false, false);
        List<Long> builds = state.builds.values().stream()
                .filter(build -> build.projectId == pkg.projectId && pkg.name.equals(build.packageName))
                .map(build -> build.id).toList();
        // Copr deletes a package's builds through delete_builds, with its checks (packages_logic.py)
        BuildApi.checkDeletable(state, user, builds);
        builds.forEach(state.builds::remove);
        state.packages.remove(pkg.id);
        return before;
    }

    private PackageRecord packageOfBody(StubRequest request) {
        ProjectRecord project = state.project(request.bodyField("ownername"), request.bodyField("projectname"));
        return findPackage(project, request.input().text("package_name"));
    }

    private PackageRecord findPackage(ProjectRecord project, @Nullable String name) {
        PackageRecord pkg = name == null ? null : state.findPackage(project, name);
        if (pkg == null) {
            throw CoprError.notFound("No package with name " + name + " in copr " + project.name);
        }
        return pkg;
    }

    private static boolean nonEmpty(@Nullable String value) {
        return value != null && !value.isEmpty();
    }

    /** {@code get_arg_to_bool} of {@code /package/list}: True, true and 1 are true. */
    private static boolean flag(@Nullable String value) {
        return "True".equals(value) || "true".equals(value) || "1".equals(value);
    }
}
