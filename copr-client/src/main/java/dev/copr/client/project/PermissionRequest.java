package dev.copr.client.project;

import dev.copr.client.exception.CoprValidationException;

import org.jspecify.annotations.Nullable;

/**
 * Roles the calling user asks for or gives up in a project ({@link ProjectProxy#requestPermissions}):
 * true asks for the role, false drops it or cancels an earlier request, null leaves it alone.
 *
 * @param admin ask for (true) or drop (false) the admin role
 * @param builder ask for (true) or drop (false) the builder role
 * @since 0.1.0
 */
public record PermissionRequest(@Nullable Boolean admin, @Nullable Boolean builder) {

    /** @throws CoprValidationException when both roles are null, as Copr refuses an empty request */
    public PermissionRequest {
        if (admin == null && builder == null) {
            throw new CoprValidationException("a PermissionRequest needs admin or builder (or both)");
        }
    }

    /** Ask for (true) or drop (false) only the admin role. */
    public static PermissionRequest admin(boolean request) {
        return new PermissionRequest(request, null);
    }

    /** Ask for (true) or drop (false) only the builder role. */
    public static PermissionRequest builder(boolean request) {
        return new PermissionRequest(null, request);
    }
}
