package dev.copr.client.project;

import org.jspecify.annotations.Nullable;

/**
 * The roles of one user in a project: the value of one user in {@link Permissions} and in
 * {@link ProjectProxy#setPermissions}. When setting, a null role is not sent: Copr then keeps the
 * user's current state, or uses {@code nothing} for a user without permissions so far.
 *
 * @param admin whether the user may administer the project
 * @param builder whether the user may build in the project
 * @since 0.1.0
 */
public record UserPermissions(@Nullable PermissionState admin, @Nullable PermissionState builder) {

    /** Only the admin role, to set it and keep the builder role. */
    public static UserPermissions admin(PermissionState admin) {
        return new UserPermissions(admin, null);
    }

    /** Only the builder role, to set it and keep the admin role. */
    public static UserPermissions builder(PermissionState builder) {
        return new UserPermissions(null, builder);
    }
}
