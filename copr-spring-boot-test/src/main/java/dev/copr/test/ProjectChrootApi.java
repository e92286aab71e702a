package dev.copr.test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** {@code /project-chroot/...}: get, build-config and edit (Copr's {@code apiv3_project_chroots}). */
final class ProjectChrootApi {

    private static final Map<String, String> RENAMES = Map.of(
            "additional_repos", "repos",
            "additional_packages", "buildroot_pkgs",
            "additional_modules", "module_toggle");
    private static final List<String> BOOTSTRAP = List.of("unchanged", "default", "off", "on", "image", "custom_image");
    private static final List<String> ISOLATION = List.of("unchanged", "default", "nspawn", "simple");
    private static final Pattern BOOTSTRAP_IMAGE = Pattern.compile("^[-./\\w]+(:[\\w.-]+)?$");
    private static final Pattern MODULE_PART = Pattern.compile("^([a-zA-Z0-9-_!][^ ]*)$");
    private static final Set<String> RESETTABLE = Set.of("repos", "buildroot_pkgs", "module_toggle", "with_opts",
            "without_opts", "isolation", "bootstrap", "bootstrap_image", "comps_name", "delete_after");

    private final StubState state;

    ProjectChrootApi(StubState state) {
        this.state = state;
    }

    void register(Router router) {
        router.add("GET", "/project-chroot", this::get);
        router.add("GET", "/project-chroot/build-config", this::buildConfig);
        router.add("PUT", "/project-chroot/edit/{ownername}/{projectname}/{chrootname}", this::edit);
        router.addDeprecated("POST", "PUT", "/project-chroot/edit/{ownername}/{projectname}/{chrootname}", this::edit);
    }

    /** A project chroot as Copr's {@code apiv3_project_chroots.to_dict} writes it. */
    private static Map<String, Object> toDict(ProjectRecord project, ProjectChrootRecord chroot) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("mock_chroot", chroot.name);
        json.put("projectname", project.name);
        json.put("ownername", project.ownername);
        json.put("comps_name", chroot.compsName);
        json.put("additional_repos", List.copyOf(chroot.additionalRepos));
        json.put("additional_packages", List.copyOf(chroot.additionalPackages));
        json.put("additional_modules", List.copyOf(chroot.additionalModules));
        json.put("with_opts", List.copyOf(chroot.withOpts));
        json.put("without_opts", List.copyOf(chroot.withoutOpts));
        json.put("delete_after_days", null);
        json.put("isolation", chroot.isolation);
        return json;
    }

    /** Copr's {@code get_copr_chroot}: 404 {@code Chroot name X does not exist in Copr o/p.}. */
    static ProjectChrootRecord chroot(ProjectRecord project, String chrootname) {
        ProjectChrootRecord chroot = project.chroots.get(chrootname);
        if (chroot == null) {
            throw CoprError.notFound("Chroot name " + chrootname + " does not exist in Copr " + project.fullName() + ".");
        }
        return chroot;
    }

    private Object get(StubRequest request) {
        ProjectRecord project = state.project(request.argument("ownername"), request.argument("projectname"));
        return toDict(project, chroot(project, request.argument("chrootname")));
    }

    private Object buildConfig(StubRequest request) {
        ProjectRecord project = state.project(request.argument("ownername"), request.argument("projectname"));
        ProjectChrootRecord chroot = chroot(project, request.argument("chrootname"));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("chroot", chroot.name);
        json.put("repos", BuildConfigs.repos(state, project, chroot, project.name));
        json.put("additional_repos", BuildConfigs.additionalRepos(project, chroot));
        json.put("additional_packages", List.copyOf(chroot.additionalPackages));
        json.put("additional_modules", List.copyOf(chroot.additionalModules));
        json.put("enable_net", project.enableNet);
        json.put("with_opts", List.copyOf(chroot.withOpts));
        json.put("without_opts", List.copyOf(chroot.withoutOpts));
        json.put("isolation", chroot.isolation);
        return json;
    }

    private Object edit(StubRequest request) {
        CoprStubUser user = request.user();
        ProjectRecord project = state.project(request.path("ownername"), request.path("projectname"));
        FormData data = request.input().renamed(RENAMES);
        ProjectChrootRecord chroot = chroot(project, request.path("chrootname"));
        FormErrors errors = new FormErrors();
        Validation.repoUrls("repos", data.list("repos"), state, errors);
        List<String> modules = modules(data);
        checkModules(modules, errors);
        String bootstrap = Validation.choice(data, "bootstrap", BOOTSTRAP, null, errors);
        String image = data.text("bootstrap_image");
        if (image != null && !image.isEmpty() && !BOOTSTRAP_IMAGE.matcher(image).matches()) {
            errors.add("bootstrap_image", "Enter valid bootstrap image id (<name>[:<tag>], e.g. 'fedora:33').");
        }
        String isolation = Validation.choice(data, "isolation", ISOLATION, null, errors);
        if (errors.isEmpty() && "custom_image".equals(bootstrap) && (image == null || image.isEmpty())) {
            errors.add("bootstrap_image", "Custom image is selected, but not specified");
        }
        if (!errors.isEmpty()) {
            throw errors.invalidForm();
        }
        reset(project, chroot, data.list("reset_fields"));
        if (!state.canEdit(user, project)) {
            throw CoprError.forbidden("Only owners and admins may update their projects.");
        }
        if (data.has("buildroot_pkgs")) {
            chroot.additionalPackages = new ArrayList<>(data.list("buildroot_pkgs"));
        }
        if (data.has("repos")) {
            chroot.additionalRepos = new ArrayList<>(data.list("repos"));
        }
        if (data.has("module_toggle")) {
            chroot.additionalModules = new ArrayList<>(modules);
        }
        if (data.has("with_opts")) {
            chroot.withOpts = new ArrayList<>(data.list("with_opts"));
        }
        if (data.has("without_opts")) {
            chroot.withoutOpts = new ArrayList<>(data.list("without_opts"));
        }
        request.files().stream().filter(file -> file.partName().equals("upload_comps")).findFirst()
                .ifPresent(comps -> chroot.compsName = comps.filename());
        if (data.bool("delete_comps", false)) {
            chroot.compsName = null;
        }
        if (bootstrap != null) {
            chroot.bootstrap = bootstrap;
        }
        if (image != null) {
            chroot.bootstrapImage = image;
        }
        if (isolation != null) {
            chroot.isolation = isolation;
        }
        return toDict(project, chroot);
    }

    /** The modules to toggle, given as a JSON list or as comma-separated text. */
    private static List<String> modules(FormData data) {
        Object raw = data.raw("module_toggle");
        List<String> items = raw instanceof List<?> list ? list.stream().map(String::valueOf).toList()
                : raw == null ? List.of() : Arrays.asList(String.valueOf(raw).split(","));
        return items.stream().map(String::strip).filter(item -> !item.isEmpty()).toList();
    }

    /** Copr's {@code ModuleEnableNameValidator}. */
    private static void checkModules(List<String> modules, FormErrors errors) {
        Set<String> seen = new HashSet<>();
        for (String module : modules) {
            String[] parts = module.split(":", -1);
            if (parts.length != 2) {
                errors.add("module_toggle", "Module name '" + module + "' must consist of two parts separated with"
                        + " colon, e.g. module:stream");
                return;
            }
            if (!MODULE_PART.matcher(parts[0]).matches()) {
                errors.add("module_toggle", "Module name '" + parts[0] + "' must contain only letters, digits, dashes,"
                        + " underscores.");
                return;
            }
            if (!seen.add(parts[0])) {
                errors.add("module_toggle", "Module name '" + parts[0] + "' specified multiple times");
                return;
            }
            if (!MODULE_PART.matcher(parts[1]).matches()) {
                errors.add("module_toggle", "Stream part of module name '" + parts[1] + "' must contain only letters,"
                        + " digits, dashes, underscores.");
                return;
            }
        }
    }

    /** Copr's {@code reset_to_defaults}: 400 for a field the chroot does not have. */
    private static void reset(ProjectRecord project, ProjectChrootRecord chroot, List<String> fields) {
        for (String field : fields) {
            String name = RENAMES.getOrDefault(field, field);
            if (!RESETTABLE.contains(name)) {
                throw CoprError.badRequest("Trying to reset an invalid attribute: " + name + "\nSee `copr-cli"
                        + " get-chroot " + project.fullName() + "/" + chroot.name + "' for all the possible attributes");
            }
            switch (name) {
                case "repos" -> chroot.additionalRepos = new ArrayList<>();
                case "buildroot_pkgs" -> chroot.additionalPackages = new ArrayList<>();
                case "module_toggle" -> chroot.additionalModules = new ArrayList<>();
                case "with_opts" -> chroot.withOpts = new ArrayList<>();
                case "without_opts" -> chroot.withoutOpts = new ArrayList<>();
                case "isolation" -> chroot.isolation = "unchanged";
                case "bootstrap" -> chroot.bootstrap = null;
                case "bootstrap_image" -> chroot.bootstrapImage = null;
                case "comps_name" -> chroot.compsName = null;
                default -> {
                    // delete_after: not kept by the stub
                }
            }
        }
    }
}
