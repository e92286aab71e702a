package dev.copr.test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * {@code /project/...}: get, list, search, add, edit, fork, delete and regenerate-repos (Copr's {@code
 * apiv3_projects}).
 */
final class ProjectApi {

    private static final int MAX_NAMED_BUILDS = 5;
    private static final Pattern NAME = Pattern.compile("^[\\p{L}\\p{N}_.-]+$");
    private static final Map<String, Paging.Column<ProjectRecord>> COLUMNS = Map.of(
            "id", project -> project.id,
            "name", project -> project.name,
            "description", project -> project.description,
            "instructions", project -> project.instructions,
            "homepage", project -> project.homepage,
            "contact", project -> project.contact,
            "created_on", project -> project.createdOn,
            "repo_priority", project -> project.repoPriority,
            "persistent", project -> project.persistent,
            "unlisted_on_hp", project -> project.unlistedOnHp);

    private final StubState state;

    ProjectApi(StubState state) {
        this.state = state;
    }

    void register(Router router) {
        router.add("GET", "/project", this::get);
        router.add("GET", "/project/list", this::list);
        router.add("GET", "/project/search", this::search);
        router.add("POST", "/project/add/{ownername}", this::add);
        router.add("PUT", "/project/edit/{ownername}/{projectname}", this::edit);
        router.addDeprecated("POST", "PUT", "/project/edit/{ownername}/{projectname}", this::edit);
        router.add("POST", "/project/fork/{ownername}/{projectname}", this::fork);
        router.addDeprecated("PUT", "POST", "/project/fork/{ownername}/{projectname}", this::fork);
        router.add("DELETE", "/project/delete/{ownername}/{projectname}", this::delete);
        router.addDeprecated("POST", "DELETE", "/project/delete/{ownername}/{projectname}", this::delete);
        router.add("PUT", "/project/regenerate-repos/{ownername}/{projectname}", this::regenerateRepos);
        router.addDeprecated("POST", "PUT", "/project/regenerate-repos/{ownername}/{projectname}",
                this::regenerateRepos);
    }

    /** A project as Copr's {@code to_dict} writes it, filtered by its {@code project_model}. */
    static Map<String, Object> toDict(ProjectRecord project, Links links) {
        Map<String, Object> chrootRepos = new LinkedHashMap<>();
        project.chroots.keySet().forEach(chroot ->
                chrootRepos.put(chroot, links.repo(project, project.name) + "/" + chroot + "/"));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", project.id);
        json.put("name", project.name);
        json.put("ownername", project.ownername);
        json.put("full_name", project.fullName());
        json.put("homepage", project.homepage);
        json.put("contact", project.contact);
        json.put("description", project.description);
        json.put("instructions", project.instructions);
        json.put("devel_mode", project.develMode);
        json.put("persistent", project.persistent);
        json.put("unlisted_on_hp", project.unlistedOnHp);
        json.put("auto_prune", project.autoPrune);
        json.put("chroot_repos", chrootRepos);
        json.put("additional_repos", List.copyOf(project.additionalRepos));
        json.put("enable_net", project.enableNet);
        json.put("bootstrap", project.bootstrap);
        json.put("isolation", project.isolation);
        json.put("module_hotfixes", project.moduleHotfixes);
        json.put("appstream", project.appstream);
        json.put("packit_forge_projects_allowed", List.copyOf(project.packitForgeProjectsAllowed));
        json.put("follow_fedora_branching", project.followFedoraBranching);
        json.put("repo_priority", project.repoPriority);
        json.put("storage", project.storage);
        return json;
    }

    private Object get(StubRequest request) {
        return toDict(state.project(request.argument("ownername"), request.argument("projectname")), state.links);
    }

    private Object list(StubRequest request) {
        Paging paging = Paging.of(request, "copr");
        String ownername = request.query("ownername");
        List<ProjectRecord> projects = state.projects.values().stream()
                .filter(project -> ownername == null || ownername.isEmpty() || project.ownername.equals(ownername))
                .toList();
        return paging.answer(projects, COLUMNS, project -> toDict(project, state.links));
    }

    private Object search(StubRequest request) {
        Paging paging = Paging.of(request, "copr");
        String query = request.argument("query");
        List<ProjectRecord> projects;
        if (query.contains("/")) {
            String owner = query.substring(0, query.indexOf('/')).toLowerCase(Locale.ROOT);
            String name = query.substring(query.indexOf('/') + 1).toLowerCase(Locale.ROOT);
            projects = state.projects.values().stream()
                    .filter(project -> project.ownername.toLowerCase(Locale.ROOT).contains(owner)
                            && project.name.toLowerCase(Locale.ROOT).contains(name))
                    .toList();
        } else {
            if (query.length() < 3) {
                throw CoprError.badRequest("Search string must have at least 3 characters");
            }
            String text = query.toLowerCase(Locale.ROOT);
            projects = state.projects.values().stream()
                    .filter(project -> {
                        String indexed = state.searchableText(project);
                        return indexed != null && indexed.contains(text);
                    })
                    .sorted(Comparator.comparingLong((ProjectRecord project) -> project.createdOn).reversed())
                    .toList();
        }
        return paging.answer(projects, COLUMNS, project -> toDict(project, state.links));
    }

    private Object add(StubRequest request) {
        CoprStubUser user = request.user();
        boolean existOk = "True".equals(request.query("exist_ok"));
        String ownername = request.path("ownername");
        String group = ownername.startsWith("@") ? ownername.substring(1) : null;
        if (group != null && !state.groupExists(group)) {
            throw CoprError.notFound("Group " + group + " does not exist.");
        }
        if (group == null && !ownername.equals(user.name()) && !state.users.containsKey(ownername)) {
            throw CoprError.notFound("No such user `" + ownername + "'");
        }
        FormData data = withAddDefaults(request.input().renamed(ProjectForm.RENAMES));
        FormErrors errors = new FormErrors();
        ProjectRecord existing = checkName(data.text("name"), ownername, errors);
        ProjectForm.check(data, state, errors);
        if (errors.isEmpty()) {
            if (data.list("chroots").isEmpty()) {
                errors.add(null, "At least one chroot must be selected");
            } else if (data.bool("persistent", false) && deleteAfterDays(data) != 0) {
                errors.add("delete_after_days", "'delete after' can not be combined with persistent");
            }
        }
        if (!errors.isEmpty()) {
            if (existOk && existing != null) {
                return toDict(existing, state.links);
            }
            throw errors.invalidForm();
        }
        checkMayAdd(user, ownername, group, data);
        String creator = group == null ? ownername : user.name();
        String name = Objects.requireNonNull(data.text("name"), "checkName requires it");
        ProjectRecord project = state.newProject(ownername, name.strip(), creator);
        project.persistent = data.bool("persistent", false);
        String storage = data.text("storage");
        if (storage != null) {
            project.storage = storage;
        }
        ProjectForm.apply(data, project);
        data.list("chroots").forEach(chroot -> project.chroots.put(chroot, new ProjectChrootRecord(chroot)));
        return toDict(project, state.links);
    }

    private static int deleteAfterDays(FormData data) {
        Integer days = data.integer("delete_after_days", new FormErrors());
        return days == null ? 0 : days;
    }

    /** Copr's {@code set_defaults}: the form's defaults for fields the client did not send. */
    private static FormData withAddDefaults(FormData data) {
        Map<String, Object> defaults = new LinkedHashMap<>();
        defaults.put("disable_createrepo", false);
        defaults.put("unlisted_on_hp", false);
        defaults.put("auto_prune", true);
        defaults.put("follow_fedora_branching", true);
        defaults.put("multilib", false);
        defaults.put("enable_net", false);
        defaults.put("module_hotfixes", false);
        defaults.put("fedora_review", false);
        defaults.put("appstream", false);
        defaults.put("persistent", false);
        FormData complete = data;
        for (Map.Entry<String, Object> entry : defaults.entrySet()) {
            if (!data.has(entry.getKey())) {
                complete = complete.with(entry.getKey(), entry.getValue());
            }
        }
        return complete;
    }

    /** The name's validators; returns the project that already has the name, if any. */
    private @Nullable ProjectRecord checkName(@Nullable String name, String ownername, FormErrors errors) {
        if (name == null || name.isBlank()) {
            errors.add("name", Validation.REQUIRED);
            return null;
        }
        if (!NAME.matcher(name).matches()) {
            errors.add("name", "Name must contain only letters, digits, underscores, dashes and dots.");
        }
        ProjectRecord existing = state.findProject(ownername, name);
        if (existing != null) {
            errors.add("name", ownername.startsWith("@")
                    ? "Group " + ownername.substring(1) + " (fas: " + ownername.substring(1) + ") already has a project"
                    + " named '" + name + "'." : "You already have a project named '" + name + "'.");
        }
        if (name.chars().allMatch(Character::isDigit)) {
            errors.add("name", "Project's name can not be just number.");
        }
        return existing;
    }

    /** The checks of Copr's {@code CoprsLogic.add}. */
    private void checkMayAdd(CoprStubUser user, String ownername, @Nullable String group, FormData data) {
        if (!user.admin() && group == null && !ownername.equals(user.name())) {
            throw CoprError.forbidden("You were authorized as '" + user.name() + "' user without permissions to access"
                    + " projects of user '" + ownername + "'");
        }
        if (!user.admin() && data.bool("persistent", false)) {
            throw CoprError.forbidden("Non-admin cannot create persistent project.");
        }
        if (!user.admin() && !data.bool("auto_prune", true)) {
            throw CoprError.forbidden("Non-admin cannot disable auto-prunning.");
        }
        if (!user.admin() && data.has("storage")) {
            throw CoprError.forbidden("Non-admin cannot set storage");
        }
        if (group != null && !user.admin() && !user.inGroup(group)) {
            throw groupAccess(user, group);
        }
    }

    private Object edit(StubRequest request) {
        CoprStubUser user = request.user();
        ProjectRecord project = state.project(request.path("ownername"), request.path("projectname"));
        FormData data = request.input().renamed(ProjectForm.RENAMES);
        FormErrors errors = new FormErrors();
        ProjectForm.check(data, state, errors);
        if (!errors.isEmpty()) {
            throw errors.invalidForm();
        }
        if (!state.canEdit(user, project)) {
            throw CoprError.forbidden("Only owners and admins may update their projects.");
        }
        if (!user.admin() && !data.bool("auto_prune", project.autoPrune)) {
            throw CoprError.forbidden("Non-admin cannot disable auto-prunning.");
        }
        List<String> chroots = data.list("chroots");
        checkDroppable(project, chroots);
        ProjectForm.apply(data, project);
        if (!chroots.isEmpty()) {
            project.chroots.keySet().retainAll(chroots);
            chroots.forEach(chroot -> project.chroots.computeIfAbsent(chroot, ProjectChrootRecord::new));
        }
        return toDict(project, state.links);
    }

    /**
     * Copr's {@code update_from_names}: a chroot that {@code chroots} leaves out cannot be dropped while builds
     * in it are unfinished; Copr names at most five of them.
     */
    private void checkDroppable(ProjectRecord project, List<String> chroots) {
        if (chroots.isEmpty()) {
            return;
        }
        List<String> unfinished = state.builds(project).stream()
                .filter(build -> build.chroots.values().stream().anyMatch(chroot ->
                        !chroots.contains(chroot.name) && project.chroots.containsKey(chroot.name)
                                && !chroot.finished()))
                .map(build -> String.valueOf(build.id))
                .limit(MAX_NAMED_BUILDS + 1)
                .collect(Collectors.toCollection(ArrayList::new));
        if (unfinished.isEmpty()) {
            return;
        }
        if (unfinished.size() > MAX_NAMED_BUILDS) {
            unfinished.set(MAX_NAMED_BUILDS, "others");
        }
        String last = unfinished.remove(unfinished.size() - 1);
        String builds = unfinished.isEmpty() ? "build " + last + " is"
                : "builds " + String.join(", ", unfinished) + (unfinished.size() > 1 ? "," : "") + " and " + last
                + " are";
        throw CoprError.conflict("Can't drop chroot from project, related " + builds + " still in progress");
    }

    private Object fork(StubRequest request) {
        CoprStubUser user = request.user();
        ProjectRecord source = state.project(request.path("ownername"), request.path("projectname"));
        FormData data = request.input();
        FormErrors errors = new FormErrors();
        String ownerField = data.text("ownername");
        String owner = ownerField != null ? ownerField : user.name();
        if (!owner.equals(user.name()) && !(owner.startsWith("@") && user.inGroup(owner.substring(1)))) {
            errors.add("owner", Validation.NOT_A_CHOICE);
        }
        String nameField = data.text("name");
        String name = nameField != null ? nameField : source.name;
        if (name.isBlank()) {
            errors.add("name", Validation.REQUIRED);
        } else if (!NAME.matcher(name).matches()) {
            errors.add("name", "Name must contain only letters, digits, underscores, dashes and dots.");
        }
        if (!errors.isEmpty()) {
            throw errors.invalidForm();
        }
        ProjectRecord target = state.findProject(owner, name);
        if (target != null && !data.bool("confirm", false)) {
            throw CoprError.badRequest("You are about to fork into existing project: " + name + "\n"
                    + "Please use --confirm if you really want to do this");
        }
        if (target == source) {
            throw CoprError.badRequest("Source project should not be same as destination");
        }
        return toDict(Forking.fork(state, source, target, owner, name, user), state.links);
    }

    private Object delete(StubRequest request) {
        CoprStubUser user = request.user();
        ProjectRecord project = state.project(request.path("ownername"), request.path("projectname"));
        Map<String, Object> before = toDict(project, state.links);
        if (project.persistent) {
            throw CoprError.forbidden("This project is protected against deletion.");
        }
        BuildApi.checkDeletable(state, user, state.builds(project).stream().map(build -> build.id).toList());
        if (!user.admin()) {
            if (project.group() != null && !user.inGroup(project.group())) {
                throw groupAccess(user, project.group());
            }
            if (project.group() == null && !project.ownername.equals(user.name())) {
                throw CoprError.forbidden("Only owners may delete their projects.");
            }
        }
        state.delete(project);
        return before;
    }

    private Object regenerateRepos(StubRequest request) {
        ProjectRecord project = editableProject(state, request);
        project.reposRegeneratedOn = state.now();
        return toDict(project, state.links);
    }

    /** Copr's {@code editable_copr}: the project of the path, which the caller must be able to edit. */
    static ProjectRecord editableProject(StubState state, StubRequest request) {
        CoprStubUser user = request.user();
        String ownername = request.path("ownername");
        String projectname = request.path("projectname");
        ProjectRecord project = state.project(ownername, projectname);
        if (!state.canEdit(user, project)) {
            throw CoprError.forbidden("User '" + user.name() + "' can not see permissions for project '" + ownername
                    + "/" + projectname + "' (missing admin rights)");
        }
        return project;
    }

    private static CoprError groupAccess(CoprStubUser user, String group) {
        return CoprError.forbidden("User '" + user.name() + "' doesn't have access to the copr group '" + group
                + "' (fas_name='" + group + "')");
    }
}
