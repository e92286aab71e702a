package dev.copr.test;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/** The repositories and settings of Copr's generated build configs ({@code BuildConfigLogic}). */
final class BuildConfigs {

    private BuildConfigs() {
    }

    /** The {@code repos} of a build config: the project's repository (and devel/CoprDir ones), then the extra ones. */
    static List<Map<String, Object>> repos(StubState state, ProjectRecord project, ProjectChrootRecord chroot,
                                           String dirname) {
        List<Map<String, Object>> repos = new ArrayList<>();
        String base = state.links.repo(project, project.name);
        repos.add(repo("copr_base", base + "/" + chroot.name + "/", "Copr repository", project));
        if (project.develMode) {
            String devel = project.onPulp() ? "-devel/" : "/devel/";
            repos.add(repo("copr_base_devel", base + "/" + chroot.name + devel, "Copr buildroot", project));
        }
        if (!dirname.equals(project.name)) {
            repos.add(repo("copr_coprdir", state.links.repo(project, dirname) + "/" + chroot.name + "/",
                    "Coprdir repository", project));
        }
        repos.get(0).put("module_hotfixes", project.moduleHotfixes ? Boolean.TRUE : null);
        project.additionalRepos.forEach(url -> repos.add(additional(state, url, chroot.name)));
        chroot.additionalRepos.forEach(url -> repos.add(additional(state, url, chroot.name)));
        return repos;
    }

    /** Copr's {@code generate_additional_repos}: the project itself, the chroot's and the project's repos. */
    static List<String> additionalRepos(ProjectRecord project, ProjectChrootRecord chroot) {
        List<String> repos = new ArrayList<>();
        repos.add("copr://" + project.fullName());
        repos.addAll(chroot.additionalRepos);
        repos.addAll(project.additionalRepos);
        if (project.develMode) {
            repos.add("copr://" + project.fullName() + "/devel");
        }
        return repos;
    }

    /**
     * Copr's consolidated bootstrap setup of a chroot, optionally overridden by a build: empty for
     * {@code default}, else {@code bootstrap} (and {@code bootstrap_image} for a custom image).
     */
    static Map<String, Object> bootstrap(ProjectRecord project, ProjectChrootRecord chroot,
                                         @Nullable String buildBootstrap) {
        String bootstrap = project.bootstrap;
        String image = null;
        if (chroot.bootstrap != null && !chroot.bootstrap.equals("unchanged")) {
            bootstrap = chroot.bootstrap;
            image = "custom_image".equals(bootstrap) ? chroot.bootstrapImage : null;
        }
        if (buildBootstrap != null && !buildBootstrap.equals("unchanged")) {
            bootstrap = buildBootstrap;
        }
        Map<String, Object> setup = new LinkedHashMap<>();
        if (bootstrap != null && !bootstrap.equals("default")) {
            setup.put("bootstrap", bootstrap);
            if (bootstrap.equals("custom_image")) {
                setup.put("bootstrap_image", image);
            }
        }
        return setup;
    }

    private static Map<String, Object> repo(String id, String baseurl, String name, ProjectRecord project) {
        Map<String, Object> repo = new LinkedHashMap<>();
        repo.put("id", id);
        repo.put("baseurl", baseurl);
        repo.put("name", name);
        repo.put("priority", project.repoPriority == null || project.repoPriority == 99 ? null : project.repoPriority);
        repo.put("module_hotfixes", null);
        repo.put("repo_gpgcheck", false);
        return repo;
    }

    private static Map<String, Object> additional(StubState state, String url, String chroot) {
        String id = url.replaceAll("[^a-zA-Z0-9]", "_").replaceAll("_+", "_").replaceAll("^_+|_+$", "");
        Map<String, Object> repo = new LinkedHashMap<>();
        repo.put("id", id);
        repo.put("baseurl", baseurl(state, url, chroot));
        repo.put("name", "Additional repo " + id);
        repo.put("priority", priority(url));
        repo.put("module_hotfixes", null);
        repo.put("repo_gpgcheck", null);
        if (url.startsWith("copr://")) {
            ProjectRecord copr = coprRepo(state, url);
            if (copr != null) {
                repo.put("repo_gpgcheck", false);
                repo.put("module_hotfixes", copr.moduleHotfixes ? Boolean.TRUE : null);
            }
        }
        return repo;
    }

    private static String baseurl(StubState state, String url, String chroot) {
        String baseurl = url;
        if (url.startsWith("copr://")) {
            String[] path = url.substring("copr://".length()).split("/");
            String dirname = path.length > 1 ? path[1] : "";
            ProjectRecord copr = coprRepo(state, url);
            baseurl = (copr != null && copr.hasDir(dirname) ? state.links.repo(copr, dirname)
                    : state.links.backendRepo(path[0], dirname)) + "/" + chroot + "/";
        } else if (url.contains("priority=")) {
            baseurl = url.replaceAll("([?&])priority=[^&]*&?", "$1").replaceAll("[?&]$", "");
        }
        return baseurl.replace("$chroot", chroot).replace("$distname", chroot.substring(0, chroot.lastIndexOf('-',
                chroot.lastIndexOf('-') - 1)));
    }

    private static @Nullable Integer priority(String url) {
        try {
            String query = URI.create(url).getRawQuery();
            Object value = query == null ? null : RequestBody.urlEncoded(query).get("priority");
            return value instanceof String text && text.chars().allMatch(Character::isDigit) && !text.isEmpty()
                    ? Integer.valueOf(text) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static @Nullable ProjectRecord coprRepo(StubState state, String url) {
        String[] path = url.substring("copr://".length()).split("/");
        if (path.length < 2) {
            return null;
        }
        String dirname = path[1];
        return state.findProject(path[0], dirname.contains(":") ? dirname.substring(0, dirname.indexOf(':')) : dirname);
    }
}
