package dev.copr.test;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * {@code /build/create/...} for every source type and {@code /build/check-before-build}. A new build
 * starts {@code pending}; see {@link BuildLifecycle} for what happens next.
 */
final class BuildCreateApi {

    private static final Map<String, String> SCM_RENAMES = Map.of("source_build_method", "srpm_build_method");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final StubState state;

    BuildCreateApi(StubState state) {
        this.state = state;
    }

    void register(Router router) {
        router.add("POST", "/build/create/url", this::createFromUrl);
        router.add("POST", "/build/create/upload", this::createFromUpload);
        router.add("POST", "/build/create/scm", request -> createFromSource(request, "scm", SCM_RENAMES));
        router.add("POST", "/build/create/distgit", request -> createFromSource(request, "distgit", SCM_RENAMES));
        router.add("POST", "/build/create/pypi", request -> createFromSource(request, "pypi", Map.of()));
        router.add("POST", "/build/create/rubygems", request -> createFromSource(request, "rubygems", Map.of()));
        router.add("POST", "/build/create/custom", request -> createFromSource(request, "custom", Map.of()));
        router.add("POST", "/build/check-before-build", this::checkBeforeBuild);
    }

    private Object createFromUrl(StubRequest request) {
        CoprStubUser user = request.user();
        ProjectRecord project = projectOfBody(request);
        FormErrors errors = new FormErrors();
        BuildOptionsForm options = BuildOptionsForm.read(request.input(), project,
                BuildOptionsForm.DEFAULT_TIMEOUT, state, user, errors);
        List<String> urls = request.input().list("pkgs");
        if (urls.isEmpty()) {
            errors.add("pkgs", "URLs to packages are required");
        } else {
            Validation.httpUrls("pkgs", urls, errors);
            Validation.srpmUrls("pkgs", urls, errors);
        }
        checkSubmission(user, project, errors);
        List<Object> builds = new ArrayList<>();
        for (String url : urls) {
            BuildRecord build = submit(state, user, project, options, "link", Map.of("url", url), null);
            build.srpmUrl = url.endsWith(".spec") ? null : url;
            builds.add(BuildApi.toDict(build, state));
        }
        Map<String, Object> meta = new LinkedHashMap<>();
        for (String key : List.of("limit", "offset", "order", "order_type")) {
            meta.put(key, null);
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("items", builds);
        answer.put("meta", meta);
        return answer;
    }

    private Object createFromUpload(StubRequest request) {
        CoprStubUser user = request.user();
        ProjectRecord project = projectOfBody(request);
        FormErrors errors = new FormErrors();
        BuildOptionsForm options = BuildOptionsForm.read(request.input(), project,
                BuildOptionsForm.DEFAULT_TIMEOUT, state, user, errors);
        ReceivedFile srpm = request.files().stream().filter(file -> file.partName().equals("pkgs")).findFirst()
                .orElse(null);
        if (srpm == null) {
            errors.add("pkgs", Validation.REQUIRED);
        } else if (!List.of(".src.rpm", ".nosrc.rpm", ".spec").stream()
                .anyMatch(suffix -> srpm.filename().toLowerCase(Locale.ROOT).endsWith(suffix))) {
            errors.add("pkgs", "You can upload only .src.rpm, .nosrc.rpm, and .spec files");
        }
        checkSubmission(user, project, errors);
        String filename = Objects.requireNonNull(srpm, "an upload without SRPM fails the form").filename()
                .replaceAll("[^A-Za-z0-9_.-]", "_");
        String tmp = "tmp" + Long.toString(RANDOM.nextLong() & Long.MAX_VALUE, 36);
        String url = state.links.frontend() + "/tmp/" + tmp + "/" + filename;
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("url", url);
        source.put("pkg", filename);
        source.put("tmp", tmp);
        BuildRecord build = submit(state, user, project, options, "upload", source, null);
        build.srpmUrl = url.endsWith(".spec") ? null : url;
        return BuildApi.toDict(build, state);
    }

    private Object createFromSource(StubRequest request, String sourceType, Map<String, String> renames) {
        CoprStubUser user = request.user();
        ProjectRecord project = projectOfBody(request);
        FormData data = request.input().renamed(renames);
        FormErrors errors = new FormErrors();
        String packageName = null;
        if (sourceType.equals("distgit")) {
            packageName = data.text("package_name");
            SourceForms.checkPackageName(packageName, errors);
        }
        Map<String, Object> source = SourceForms.sourceJson(sourceType, data, packageName, state, errors);
        if (sourceType.equals("pypi") && source.get("python_versions") instanceof List<?> versions && versions.isEmpty()) {
            // the build API fills in the form's default; a package keeps the empty list (apiv3_builds.py)
            source.put("python_versions", List.of("3"));
        }
        BuildOptionsForm options = BuildOptionsForm.read(data, project, BuildOptionsForm.DEFAULT_TIMEOUT, state, user,
                errors);
        checkSubmission(user, project, errors);
        BuildRecord build = submit(state, user, project, options, sourceType, source, null);
        build.packageName = packageName;
        return BuildApi.toDict(build, state);
    }

    private Object checkBeforeBuild(StubRequest request) {
        CoprStubUser user = request.user();
        ProjectRecord project = projectOfBody(request);
        String dirname = request.input().text("project_dirname");
        if (dirname != null && !dirname.isEmpty()) {
            BuildOptionsForm.checkDirname(project, dirname);
        }
        if (!state.canBuildIn(user, project)) {
            throw CoprError.forbidden("User '" + user.name() + "' is not allowed to build in '" + project.fullName()
                    + "'");
        }
        FormErrors errors = new FormErrors();
        BuildOptionsForm.read(request.input(), project, BuildOptionsForm.DEFAULT_TIMEOUT, state, user, errors);
        if (!errors.isEmpty()) {
            throw errors.badRequestParameters();
        }
        return Map.of("message", "It should be safe to submit a build like this");
    }

    /** Copr's {@code get_copr()} for builds: the project named by the body's ownername and projectname. */
    private ProjectRecord projectOfBody(StubRequest request) {
        return state.project(request.bodyField("ownername"), request.bodyField("projectname"));
    }

    /** Copr's {@code process_creating_new_build} checks: 400 for form errors, 403 without build rights. */
    private void checkSubmission(CoprStubUser user, ProjectRecord project, FormErrors errors) {
        if (!errors.isEmpty()) {
            throw errors.badRequestParameters();
        }
        if (!state.canBuildIn(user, project)) {
            throw CoprError.forbidden("User " + user.name() + " is not allowed to build in the copr: "
                    + project.fullName());
        }
    }

    /**
     * Copr's {@code BuildsLogic.create_new}: a new pending build. Its chroots are allocated now when
     * chosen or when the package is known, else when the SRPM is imported.
     * @param pkg the package for package rebuilds, else null
     */
    static BuildRecord submit(StubState state, CoprStubUser user, ProjectRecord project, BuildOptionsForm options,
                              String sourceType, Map<String, Object> sourceJson, @Nullable PackageRecord pkg) {
        if (project.chroots.isEmpty()) {
            throw CoprError.badRequest("Can't create build - project " + project.fullName() + " has no active chroots");
        }
        String forgeProject = options.packitForgeProject();
        if (forgeProject != null && !forgeProject.isEmpty()
                && !project.packitForgeProjectsAllowed.contains(forgeProject)) {
            throw CoprError.forbidden("Forge project " + forgeProject + " can't build in this Copr via Packit.");
        }
        if (!state.canBuildIn(user, project)) {
            throw CoprError.forbidden("You don't have permissions to build in this copr.");
        }
        String projectDirname = options.projectDirname();
        String dirname = projectDirname == null || projectDirname.isEmpty() ? project.name : projectDirname;
        BuildOptionsForm.checkDirname(project, dirname);
        List<String> chroots = options.chroots();
        if (pkg != null && chroots.isEmpty()) {
            chroots = BuildLifecycle.packageChroots(project, pkg);
            if (chroots.isEmpty()) {
                throw CoprError.serverError("No chroots selected (or automatically selectable) for the package \""
                        + pkg.name + "\" in \"" + project.name + "\"");
            }
        }
        Map<String, Object> source = new LinkedHashMap<>(sourceJson);
        if (project.fedoraReview) {
            source.put("fedora_review", true);
        }
        if (!dirname.equals(project.name)) {
            project.dirs.add(dirname);
        }
        BuildRecord build = state.newBuild(project, dirname, user.name(), sourceType, source);
        build.background = options.background();
        build.timeout = options.timeout();
        Boolean enableNet = options.enableNet();
        build.enableNet = enableNet == null ? project.enableNet : enableNet;
        build.bootstrap = options.bootstrap();
        build.isolation = options.isolation();
        if (pkg != null) {
            build.packageName = pkg.name;
        }
        Batches.assign(state, build, options);
        BuildLifecycle.allocate(state, build, chroots);
        return build;
    }
}
