package dev.copr.test;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Copr's {@code CoprForm} for project add and edit: checks the fields and applies them to a project.
 * Field names are the form's, after Copr's renames ({@code devel_mode} → {@code disable_createrepo},
 * {@code additional_repos} → {@code repos}).
 */
final class ProjectForm {

    static final Map<String, String> RENAMES = Map.of("devel_mode", "disable_createrepo", "additional_repos", "repos");
    private static final List<String> BOOTSTRAP = List.of("default", "off", "on", "image");
    private static final List<String> ISOLATION = List.of("default", "nspawn", "simple");

    private ProjectForm() {
    }

    /** Checks the fields present in {@code data}, adding what is wrong to {@code errors}. */
    static void check(FormData data, StubState state, FormErrors errors) {
        for (String chroot : data.list("chroots")) {
            if (!state.mockChroots.containsKey(chroot)) {
                errors.add("chroots", "'" + chroot + "' is not a valid choice for this field.");
                break;
            }
        }
        String homepage = blankToNull(data.text("homepage"));
        if (homepage != null && !Validation.isUrl(homepage)) {
            errors.add("homepage", "Invalid URL.");
        }
        String contact = blankToNull(data.text("contact"));
        if (contact != null && !Validation.isEmailOrUrl(contact)) {
            errors.add("contact", "Contact must be email address or URL");
        }
        Validation.range("delete_after_days", data.integer("delete_after_days", errors), -1, 720, errors);
        Validation.repoUrls("repos", data.list("repos"), state, errors);
        Validation.repoUrls("runtime_dependencies", data.list("runtime_dependencies"), state, errors);
        Validation.range("repo_priority", data.integer("repo_priority", errors), 1, null, errors);
        Validation.choice(data, "storage", List.of("backend", "pulp"), null, errors);
        Validation.choice(data, "bootstrap", BOOTSTRAP, null, errors);
        Validation.choice(data, "isolation", ISOLATION, null, errors);
    }

    /** Sets every project field present in {@code data} (Copr's edit, and add after its defaults). */
    static void apply(FormData data, ProjectRecord project) {
        FormErrors ignored = new FormErrors();
        String description = data.text("description");
        if (description != null) {
            project.description = description;
        }
        String instructions = data.text("instructions");
        if (instructions != null) {
            project.instructions = instructions;
        }
        if (data.has("homepage")) {
            project.homepage = blankToNull(data.text("homepage"));
        }
        if (data.has("contact")) {
            project.contact = blankToNull(data.text("contact"));
        }
        project.develMode = data.bool("disable_createrepo", project.develMode);
        project.unlistedOnHp = data.bool("unlisted_on_hp", project.unlistedOnHp);
        project.autoPrune = data.bool("auto_prune", project.autoPrune);
        project.followFedoraBranching = data.bool("follow_fedora_branching", project.followFedoraBranching);
        project.enableNet = data.bool("enable_net", data.bool("build_enable_net", project.enableNet));
        project.moduleHotfixes = data.bool("module_hotfixes", project.moduleHotfixes);
        project.fedoraReview = data.bool("fedora_review", project.fedoraReview);
        project.appstream = data.bool("appstream", project.appstream);
        String bootstrap = bootstrap(data);
        if (bootstrap != null) {
            project.bootstrap = bootstrap;
        }
        String isolation = data.text("isolation");
        if (isolation != null) {
            project.isolation = isolation;
        }
        if (data.has("repos")) {
            project.additionalRepos = new ArrayList<>(data.list("repos"));
        }
        if (data.has("packit_forge_projects_allowed")) {
            project.packitForgeProjectsAllowed = new ArrayList<>(data.list("packit_forge_projects_allowed").stream()
                    .map(ProjectForm::withoutScheme).toList());
        }
        if (data.has("repo_priority")) {
            project.repoPriority = data.integer("repo_priority", ignored);
        }
    }

    /** The bootstrap setting, with the deprecated {@code use_bootstrap_container} as fallback. */
    private static @Nullable String bootstrap(FormData data) {
        if (data.has("bootstrap")) {
            return data.text("bootstrap");
        }
        Object legacy = data.raw("use_bootstrap_container");
        if (Boolean.TRUE.equals(legacy) || "true".equals(legacy)) {
            return "on";
        }
        if (Boolean.FALSE.equals(legacy) || "false".equals(legacy)) {
            return "off";
        }
        return null;
    }

    /** Copr's {@code StripUrlSchemaListFilter}: {@code https://github.com/o/r} → {@code github.com/o/r}. */
    private static String withoutScheme(String item) {
        try {
            URI uri = URI.create(item);
            if (uri.getScheme() != null) {
                return (uri.getRawAuthority() == null ? "" : uri.getRawAuthority())
                        + (uri.getRawPath() == null ? "" : uri.getRawPath());
            }
        } catch (IllegalArgumentException e) {
            // not a URI: keep it
        }
        return item;
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
