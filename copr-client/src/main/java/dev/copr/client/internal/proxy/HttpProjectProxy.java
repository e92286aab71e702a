package dev.copr.client.internal.proxy;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;

import dev.copr.client.exception.CoprValidationException;
import dev.copr.client.internal.ApiLists;
import dev.copr.client.internal.Arguments;
import dev.copr.client.internal.http.CoprRequest;
import dev.copr.client.internal.http.CoprTransport;
import dev.copr.client.page.Page;
import dev.copr.client.page.Pagination;
import dev.copr.client.project.PermissionRequest;
import dev.copr.client.project.PermissionState;
import dev.copr.client.project.Permissions;
import dev.copr.client.project.Project;
import dev.copr.client.project.ForkMode;
import dev.copr.client.project.NewProjectOptions;
import dev.copr.client.project.ProjectOptions;
import dev.copr.client.project.ProjectProxy;
import dev.copr.client.project.UserPermissions;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The {@link ProjectProxy} of a {@code CoprClient}: checks the arguments, then sends each call as one
 * request through the client's transport.
 *
 * @since 0.1.0
 */
public final class HttpProjectProxy implements ProjectProxy {

    private final CoprTransport transport;

    /** A proxy sending through {@code transport}. */
    public HttpProjectProxy(CoprTransport transport) {
        this.transport = transport;
    }

    @Override
    public Project get(String ownername, String projectname) {
        Arguments.requireName("ownername", ownername);
        Arguments.requireName("projectname", projectname);
        return transport.execute(CoprRequest.get("project.get", "/project")
                .withQuery("ownername", ownername).withQuery("projectname", projectname), Project.class);
    }

    @Override
    public Page<Project> getList(@Nullable String ownername, @Nullable Pagination pagination) {
        if (ownername != null) {
            Arguments.requireName("ownername", ownername);
        }
        return transport.executePage(CoprRequest.get("project.get_list", "/project/list")
                .withQuery("ownername", ownername), pagination, Project.class);
    }

    @Override
    public Page<Project> search(String query, @Nullable Pagination pagination) {
        Arguments.requireText("query", query);
        return transport.executePage(CoprRequest.get("project.search", "/project/search")
                .withQuery("query", query), pagination, Project.class);
    }

    @Override
    public Project add(String ownername, String projectname, List<String> chroots,
                       @Nullable NewProjectOptions options) {
        Arguments.requireName("ownername", ownername);
        Arguments.requireName("projectname", projectname);
        requireChroots(chroots);
        NewProjectOptions settings = options == null ? NewProjectOptions.none() : options;
        Map<String, Object> json = WireForms.projectAdd(projectname, List.copyOf(chroots), settings);
        return transport.execute(CoprRequest.post("project.add", "/project/add/{ownername}", ownername)
                .withQuery("exist_ok", settings.existOk()).withJson(json), Project.class);
    }

    @Override
    public Project edit(String ownername, String projectname, ProjectOptions options) {
        Arguments.requireName("ownername", ownername);
        Arguments.requireName("projectname", projectname);
        Arguments.requireNonNull("options", options);
        List<String> chroots = options.chroots();
        if (chroots != null) {
            requireChroots(chroots);
        }
        Map<String, Object> json = WireForms.projectEdit(options);
        return transport.execute(CoprRequest.put("project.edit", "/project/edit/{ownername}/{projectname}",
                ownername, projectname).withJson(json), Project.class);
    }

    @Override
    public Project delete(String ownername, String projectname) {
        Arguments.requireName("ownername", ownername);
        Arguments.requireName("projectname", projectname);
        return transport.execute(CoprRequest.delete("project.delete", "/project/delete/{ownername}/{projectname}",
                ownername, projectname).withJson(Map.of("verify", true)), Project.class);
    }

    @Override
    public Project fork(String ownername, String projectname, String dstownername, String dstprojectname,
                        ForkMode mode) {
        Arguments.requireName("ownername", ownername);
        Arguments.requireName("projectname", projectname);
        Arguments.requireName("dstownername", dstownername);
        Arguments.requireName("dstprojectname", dstprojectname);
        Arguments.requireNonNull("mode", mode);
        return transport.execute(CoprRequest.post("project.fork", "/project/fork/{ownername}/{projectname}",
                        ownername, projectname).withJson(WireForms.projectFork(dstownername, dstprojectname, mode)),
                Project.class);
    }

    @Override
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

    @Override
    public Permissions getPermissions(String ownername, String projectname) {
        Arguments.requireName("ownername", ownername);
        Arguments.requireName("projectname", projectname);
        return transport.execute(CoprRequest.get("project.get_permissions",
                "/project/permissions/get/{ownername}/{projectname}", ownername, projectname)
                .withAuthentication(), Permissions.class);
    }

    @Override
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

    @Override
    public boolean requestPermissions(String ownername, String projectname, PermissionRequest permissions) {
        Arguments.requireName("ownername", ownername);
        Arguments.requireName("projectname", projectname);
        Arguments.requireNonNull("permissions", permissions);
        return transport.execute(CoprRequest.put("project.request_permissions",
                "/project/permissions/request/{ownername}/{projectname}", ownername, projectname)
                .withJson(permissions), RequestPermissionsAnswer.class).updated();
    }

    @Override
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

    record CanBuildInAnswer(
            @JsonProperty("can_build_in") @JsonSetter(nulls = Nulls.FAIL) boolean canBuildIn) {
    }

    record SetPermissionsAnswer(@Nullable List<String> updated) {
    }

    record RequestPermissionsAnswer(@JsonSetter(nulls = Nulls.FAIL) boolean updated) {
    }
}
