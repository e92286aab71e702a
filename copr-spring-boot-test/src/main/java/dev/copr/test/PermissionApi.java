package dev.copr.test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code /project/permissions/...}: can_build_in, get, set and request (Copr's {@code apiv3_permissions}). */
final class PermissionApi {

    private static final List<String> ROLES = List.of("admin", "builder");
    private static final List<String> STATES = List.of("nothing", "request", "approved");

    private final StubState state;

    PermissionApi(StubState state) {
        this.state = state;
    }

    void register(Router router) {
        router.add("GET", "/project/permissions/can_build_in/{who}/{ownername}/{projectname}", this::canBuildIn);
        router.add("GET", "/project/permissions/get/{ownername}/{projectname}", this::get);
        router.add("PUT", "/project/permissions/set/{ownername}/{projectname}", this::set);
        router.add("POST", "/project/permissions/set/{ownername}/{projectname}", this::set);
        router.add("PUT", "/project/permissions/request/{ownername}/{projectname}", this::request);
        router.addDeprecated("POST", "PUT", "/project/permissions/request/{ownername}/{projectname}", this::request);
    }

    private Object canBuildIn(StubRequest request) {
        CoprStubUser who = state.users.get(request.path("who"));
        if (who == null) {
            // Copr's query(...).one() raises NoResultFound for an unknown user: a 500.
            throw CoprError.serverError(CoprError.UNEXPECTED);
        }
        ProjectRecord project = state.project(request.path("ownername"), request.path("projectname"));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("who", who.name());
        // copr.owner.name: a group's name comes without '@'
        json.put("ownername", project.group() != null ? project.group() : project.ownername);
        json.put("projectname", project.name);
        json.put("can_build_in", state.canBuildIn(who, project));
        return json;
    }

    private Object get(StubRequest request) {
        ProjectRecord project = ProjectApi.editableProject(state, request);
        if (project.permissions.isEmpty()) {
            throw CoprError.notFound("No permissions set on " + project.fullName() + " project");
        }
        Map<String, Object> permissions = new LinkedHashMap<>();
        project.permissions.forEach((user, roles) -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("admin", roles[0]);
            entry.put("builder", roles[1]);
            permissions.put(user, entry);
        });
        return Map.of("permissions", permissions);
    }

    private Object set(StubRequest request) {
        ProjectRecord project = ProjectApi.editableProject(state, request);
        if (!(request.json() instanceof Map<?, ?> changes)) {
            throw CoprError.badRequest("request is not a dictionary, expected format: "
                    + "{'username': {'admin': 'nothing', 'builder': 'request'} ...}");
        }
        if (changes.isEmpty()) {
            throw CoprError.badRequest("no permission change requested");
        }
        Map<String, String[]> updated = new LinkedHashMap<>();
        List<String> changedUsers = new ArrayList<>();
        for (Map.Entry<?, ?> change : changes.entrySet()) {
            String username = String.valueOf(change.getKey());
            CoprStubUser user = state.users.get(username);
            if (user == null) {
                throw CoprError.badRequest("user '" + username + "' doesn't exist in database");
            }
            if (!(change.getValue() instanceof Map<?, ?> roles)) {
                throw CoprError.serverError(CoprError.UNEXPECTED);
            }
            String[] current = updated.getOrDefault(username, roles(project, username));
            for (Map.Entry<?, ?> role : roles.entrySet()) {
                String name = String.valueOf(role.getKey());
                String value = role.getValue() == null ? "None" : String.valueOf(role.getValue());
                checkRole(project, user, name, value);
                int index = ROLES.indexOf(name);
                if (!current[index].equals(value)) {
                    current = current.clone();
                    current[index] = value;
                    if (!changedUsers.contains(username)) {
                        changedUsers.add(username);
                    }
                }
            }
            updated.put(username, current);
        }
        project.permissions.putAll(updated);
        return Map.of("updated", changedUsers);
    }

    private Object request(StubRequest request) {
        CoprStubUser user = request.user();
        ProjectRecord project = state.project(request.path("ownername"), request.path("projectname"));
        if (!(request.json() instanceof Map<?, ?> roles)) {
            throw CoprError.badRequest("invalid 'roles' dict format, expected: {'admin': True, 'builder': False}");
        }
        if (roles.isEmpty()) {
            throw CoprError.badRequest("no permission requested");
        }
        String[] current = roles(project, user.name());
        String[] next = current.clone();
        for (Map.Entry<?, ?> role : roles.entrySet()) {
            String name = String.valueOf(role.getKey());
            if (!(role.getValue() instanceof Boolean asked)) {
                throw CoprError.badRequest("invalid '" + name + "' permission request '"
                        + (role.getValue() == null ? "None" : role.getValue()) + "', expected True or False");
            }
            String wanted = asked ? "request" : "nothing";
            checkRole(project, user, name, wanted);
            int index = ROLES.indexOf(name);
            if (next[index].equals("approved") && wanted.equals("request")) {
                throw CoprError.badRequest("You already are '" + name + "' in '" + project.fullName() + "'");
            }
            next[index] = wanted;
        }
        project.permissions.put(user.name(), next);
        return Map.of("updated", !Arrays.equals(current, next));
    }

    /** Copr's {@code validate_permission}. */
    private static void checkRole(ProjectRecord project, CoprStubUser user, String role, String value) {
        if (!ROLES.contains(role)) {
            throw CoprError.badRequest("invalid permission '" + role + "', allowed admin|builder");
        }
        if (!STATES.contains(value)) {
            throw CoprError.badRequest("invalid '" + role + "' permission state '" + value
                    + "', use nothing|request|approved");
        }
        if (user.name().equals(project.creator)) {
            throw CoprError.badRequest("user '" + user.name() + "' is owner of the '" + project.fullName() + "' project");
        }
    }

    private static String[] roles(ProjectRecord project, String username) {
        return project.permissions.getOrDefault(username, new String[] {"nothing", "nothing"});
    }
}
