package dev.copr.client.project;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;

import dev.copr.client.ApiLists;
import dev.copr.client.Arguments;
import dev.copr.client.CoprValidationException;
import dev.copr.client.http.CoprRequest;
import dev.copr.client.http.CoprTransport;
import dev.copr.client.page.Page;
import dev.copr.client.page.Pagination;

import java.util.List;
import java.util.Map;

/** Copr projects and their permissions: python-copr's {@code ProjectProxy} ({@code client.project_proxy}). */
public final class ProjectProxy {

    private final CoprTransport transport;

    /** A proxy over the given transport; applications get it from {@code CoprClient}. */
    public ProjectProxy(CoprTransport transport) {
        this.transport = transport;
    }

    /**
     * One project; python-copr {@code get(ownername, projectname)}. Anonymous.
     * @throws dev.copr.client.CoprNoResultException when the project does not exist
     */
    public Project get(String ownername, String projectname) {
        Arguments.requireName("ownername", ownername);
        Arguments.requireName("projectname", projectname);
        return transport.execute(CoprRequest.get("project.get", "/project")
                .withQuery("ownername", ownername).withQuery("projectname", projectname), Project.class);
    }

    /**
     * The projects of one owner, or of everybody; python-copr {@code get_list(ownername, pagination)}.
     * Anonymous.
     * @param ownername a user or {@code @group}; null for all projects
     * @param pagination the slice to fetch; null for Copr's default (everything at once)
     */
    public Page<Project> getList(String ownername, Pagination pagination) {
        if (ownername != null) {
            Arguments.requireName("ownername", ownername);
        }
        return transport.executePage(CoprRequest.get("project.get_list", "/project/list")
                .withQuery("ownername", ownername), pagination, Project.class);
    }

    /**
     * Full-text search over projects; python-copr {@code search(query, pagination)}. Anonymous.
     * @param pagination the slice to fetch; null for Copr's default (everything at once)
     * @throws dev.copr.client.CoprRequestException when Copr cannot use the query (400)
     */
    public Page<Project> search(String query, Pagination pagination) {
        Arguments.requireText("query", query);
        return transport.executePage(CoprRequest.get("project.search", "/project/search")
                .withQuery("query", query), pagination, Project.class);
    }

    /**
     * Creates a project; python-copr {@code add(ownername, projectname, chroots, ...)}. Settings
     * left unset are not sent, and Copr's defaults give the same project as python-copr's defaults
     * (see {@link ProjectSettings}). With {@code existOk} the existing project is returned unchanged.
     * @param chroots the chroots to enable, at least one, e.g. {@code fedora-rawhide-x86_64}
     * @param settings optional settings; null or {@link ProjectSettings#none()} for Copr's defaults
     * @throws CoprValidationException when no chroot is given, before any request
     * @throws dev.copr.client.CoprRequestException when Copr refuses it, e.g. the name is taken (400)
     * @throws dev.copr.client.CoprAuthException when a setting is for Copr admins only (403)
     */
    public Project add(String ownername, String projectname, List<String> chroots, ProjectSettings settings) {
        Arguments.requireName("ownername", ownername);
        Arguments.requireName("projectname", projectname);
        requireChroots(chroots);
        ProjectSettings options = settings == null ? ProjectSettings.none() : settings;
        Map<String, Object> json = options.addJson(projectname, List.copyOf(chroots));
        return transport.execute(CoprRequest.post("project.add", "/project/add/{ownername}", ownername)
                .withQuery("exist_ok", options.existOk()).withJson(json), Project.class);
    }

    /**
     * Changes settings of a project; python-copr {@code edit(ownername, projectname, ...)}. Only
     * the settings that are set are sent and changed; {@code chroots}, when set, replaces the
     * enabled chroots.
     * @throws CoprValidationException when an add-only setting (persistent, storage, existOk) is set
     */
    public Project edit(String ownername, String projectname, ProjectSettings settings) {
        Arguments.requireName("ownername", ownername);
        Arguments.requireName("projectname", projectname);
        Arguments.requireNonNull("settings", settings);
        if (settings.chroots() != null) {
            requireChroots(settings.chroots());
        }
        Map<String, Object> json = settings.editJson();
        return transport.execute(CoprRequest.put("project.edit", "/project/edit/{ownername}/{projectname}",
                ownername, projectname).withJson(json), Project.class);
    }

    /**
     * Deletes a project with all its builds; python-copr {@code delete(ownername, projectname)}.
     * @return the project as it was before the deletion
     */
    public Project delete(String ownername, String projectname) {
        Arguments.requireName("ownername", ownername);
        Arguments.requireName("projectname", projectname);
        return transport.execute(CoprRequest.delete("project.delete", "/project/delete/{ownername}/{projectname}",
                ownername, projectname).withJson(Map.of("verify", true)), Project.class);
    }

    /**
     * Forks a project into {@code dstownername/dstprojectname}; python-copr
     * {@code fork(ownername, projectname, dstownername, dstprojectname, confirm)}.
     * @param dstownername the calling user or one of their {@code @group}s
     * @param confirm must be true to fork into a project that already exists
     * @return the fork; its builds are copied in the background
     */
    public Project fork(String ownername, String projectname, String dstownername, String dstprojectname,
                        boolean confirm) {
        Arguments.requireName("ownername", ownername);
        Arguments.requireName("projectname", projectname);
        Arguments.requireName("dstownername", dstownername);
        Arguments.requireName("dstprojectname", dstprojectname);
        return transport.execute(CoprRequest.post("project.fork", "/project/fork/{ownername}/{projectname}",
                        ownername, projectname)
                .withJson(Map.of("name", dstprojectname, "ownername", dstownername, "confirm", confirm)),
                Project.class);
    }

    /**
     * Whether user {@code who} may submit builds in the project; python-copr
     * {@code can_build_in(who, ownername, projectname)}. Sends the credentials when configured, as
     * python-copr does; Copr does not need them, so without credentials the call is anonymous.
     */
    public boolean canBuildIn(String who, String ownername, String projectname) {
        Arguments.requireName("who", who);
        Arguments.requireName("ownername", ownername);
        Arguments.requireName("projectname", projectname);
        CoprRequest request = CoprRequest.get("project.can_build_in",
                "/project/permissions/can_build_in/{who}/{ownername}/{projectname}", who, ownername, projectname);
        CanBuildInAnswer answer = transport.execute(
                transport.hasCredentials() ? request.withAuthentication() : request, CanBuildInAnswer.class);
        return answer.canBuildIn();
    }

    /**
     * Who holds which role in the project; python-copr {@code get_permissions(ownername, projectname)}.
     * Authenticated; the caller must be able to edit the project.
     * @throws dev.copr.client.CoprNoResultException when the project does not exist or nobody but the
     *         owner has permissions ({@code No permissions set on ... project})
     * @throws dev.copr.client.CoprAuthException when the caller may not edit the project
     */
    public Permissions getPermissions(String ownername, String projectname) {
        Arguments.requireName("ownername", ownername);
        Arguments.requireName("projectname", projectname);
        return transport.execute(CoprRequest.get("project.get_permissions",
                "/project/permissions/get/{ownername}/{projectname}", ownername, projectname)
                .withAuthentication(), Permissions.class);
    }

    /**
     * Sets roles of users in the project, all or nothing; python-copr
     * {@code set_permissions(ownername, projectname, permissions)}. The caller must be able to edit it.
     * @param permissions roles per user name, at least one user with at least one role
     * @return the users whose roles changed (Copr's {@code updated}; python-copr drops it)
     * @throws dev.copr.client.CoprRequestException when Copr refuses it, e.g. an unknown user (400)
     */
    public List<String> setPermissions(String ownername, String projectname,
                                       Map<String, UserPermissions> permissions) {
        Arguments.requireName("ownername", ownername);
        Arguments.requireName("projectname", projectname);
        requirePermissions(permissions);
        SetPermissionsAnswer answer = transport.execute(CoprRequest.put("project.set_permissions",
                "/project/permissions/set/{ownername}/{projectname}", ownername, projectname)
                .withJson(permissions), SetPermissionsAnswer.class);
        return ApiLists.copyOf(answer.updated());
    }

    /**
     * Asks for, cancels or drops roles of the calling user in the project; python-copr
     * {@code request_permissions(ownername, projectname, permissions)}. Copr mails the admins.
     * @return whether anything changed (Copr's {@code updated}; python-copr drops it)
     */
    public boolean requestPermissions(String ownername, String projectname, PermissionRequest permissions) {
        Arguments.requireName("ownername", ownername);
        Arguments.requireName("projectname", projectname);
        Arguments.requireNonNull("permissions", permissions);
        return transport.execute(CoprRequest.put("project.request_permissions",
                "/project/permissions/request/{ownername}/{projectname}", ownername, projectname)
                .withJson(permissions), RequestPermissionsAnswer.class).updated();
    }

    /**
     * Has Copr regenerate the repository metadata of all the project's chroots; python-copr
     * {@code regenerate_repos(ownername, projectname)}. The caller must be able to edit it.
     */
    public Project regenerateRepos(String ownername, String projectname) {
        Arguments.requireName("ownername", ownername);
        Arguments.requireName("projectname", projectname);
        return transport.execute(CoprRequest.put("project.regenerate_repos",
                "/project/regenerate-repos/{ownername}/{projectname}", ownername, projectname), Project.class);
    }

    private static void requireChroots(List<String> chroots) {
        if (chroots == null || chroots.isEmpty()) {
            throw new CoprValidationException("chroots must name at least one chroot, e.g. fedora-rawhide-x86_64");
        }
        chroots.forEach(chroot -> Arguments.requireName("chroots", chroot));
    }

    private static void requirePermissions(Map<String, UserPermissions> permissions) {
        if (permissions == null || permissions.isEmpty()) {
            throw new CoprValidationException("permissions must name at least one user");
        }
        permissions.forEach((username, roles) -> {
            Arguments.requireName("permissions username", username);
            if (roles == null || (roles.admin() == null && roles.builder() == null)) {
                throw new CoprValidationException("permissions of " + username + " must set admin or builder");
            }
            if (roles.admin() == PermissionState.UNKNOWN || roles.builder() == PermissionState.UNKNOWN) {
                throw new CoprValidationException("permissions of " + username
                        + " cannot be UNKNOWN: use nothing, request or approved");
            }
        });
    }

    private record CanBuildInAnswer(
            @JsonProperty("can_build_in") @JsonSetter(nulls = Nulls.FAIL) boolean canBuildIn) {
    }

    private record SetPermissionsAnswer(List<String> updated) {
    }

    private record RequestPermissionsAnswer(@JsonSetter(nulls = Nulls.FAIL) boolean updated) {
    }
}
