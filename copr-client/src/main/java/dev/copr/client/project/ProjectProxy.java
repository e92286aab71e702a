package dev.copr.client.project;

import dev.copr.client.exception.CoprValidationException;
import dev.copr.client.page.Page;
import dev.copr.client.page.Pagination;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Copr projects and their permissions: python-copr's {@code ProjectProxy} ({@code client.project_proxy});
 * get it from {@code CoprClient.projects()}.
 *
 * @since 0.1.0
 */
public interface ProjectProxy {

    /**
     * One project; python-copr {@code get(ownername, projectname)}. Anonymous.
     * @throws dev.copr.client.exception.CoprNoResultException when the project does not exist
     */
    Project get(String ownername, String projectname);

    /** The projects of everybody, all at once; see {@link #getList(String, Pagination)}. */
    default Page<Project> getList() {
        return getList(null, null);
    }

    /** The projects of one owner, all at once; see {@link #getList(String, Pagination)}. */
    default Page<Project> getList(String ownername) {
        return getList(ownername, null);
    }

    /**
     * The projects of one owner, or of everybody; python-copr {@code get_list(ownername, pagination)}.
     * Anonymous.
     * @param ownername a user or {@code @group}; null for all projects
     * @param pagination the slice to fetch; null for Copr's default (everything at once)
     */
    Page<Project> getList(@Nullable String ownername, @Nullable Pagination pagination);

    /** Full-text search over projects, all matches at once; see {@link #search(String, Pagination)}. */
    default Page<Project> search(String query) {
        return search(query, null);
    }

    /**
     * Full-text search over projects; python-copr {@code search(query, pagination)}. Anonymous.
     * @param pagination the slice to fetch; null for Copr's default (everything at once)
     * @throws dev.copr.client.exception.CoprRequestException when Copr cannot use the query (400)
     */
    Page<Project> search(String query, @Nullable Pagination pagination);

    /**
     * Creates a project with Copr's (and python-copr's) default settings; see {@link #add(String, String, List,
     * NewProjectOptions)}.
     */
    default Project add(String ownername, String projectname, List<String> chroots) {
        return add(ownername, projectname, chroots, null);
    }

    /**
     * Creates a project; python-copr {@code add(ownername, projectname, chroots, ...)}. Settings
     * left unset are not sent, and Copr's defaults give the same project as python-copr's defaults
     * (see {@link NewProjectOptions}). With {@code existOk} the existing project is returned unchanged.
     * @param chroots the chroots to enable, at least one, e.g. {@code fedora-rawhide-x86_64}
     * @param options null or {@link NewProjectOptions#none()} for Copr's defaults
     * @throws CoprValidationException when no chroot is given, before any request
     * @throws dev.copr.client.exception.CoprRequestException when Copr refuses it, e.g. the name is taken (400)
     * @throws dev.copr.client.exception.CoprAuthException when a setting is for Copr admins only (403)
     */
    Project add(String ownername, String projectname, List<String> chroots, @Nullable NewProjectOptions options);

    /**
     * Changes settings of a project; python-copr {@code edit(ownername, projectname, ...)}. Only
     * the settings that are set are sent and changed; {@code chroots}, when set, replaces the
     * enabled chroots.
     * @throws CoprValidationException when {@code chroots} is set but empty, before any request
     */
    Project edit(String ownername, String projectname, ProjectOptions options);

    /**
     * Makes a project look as desired: creates it when it does not exist, else edits the settings that differ,
     * and does nothing when nothing differs. Only the settings set in {@code desired} are compared; chroots
     * are compared as sets. When someone else creates the project between this call's read and its
     * {@code add}, it reads the project again and edits it. Like packit's {@code create_or_update_copr_project}.
     * @return what changed, with the project as Copr answered last
     * @throws ProjectConflictException when the existing project's {@code persistent} or {@code storage} differs
     *         from the desired one: Copr takes those only at creation, and nothing is changed
     * @throws dev.copr.client.exception.CoprRequestException when Copr refuses the change, e.g. it cannot drop a
     *         chroot that has unfinished builds (409)
     */
    default ProjectChanges ensure(String ownername, String projectname, DesiredProject desired) {
        return new ProjectReconciler(this, ownername, projectname, desired).ensure();
    }

    /**
     * What {@link #ensure} would change, changing nothing: a dry run. Reads the project only; conflicts are
     * listed, not thrown.
     * @return the differences, with the project as it is (null when it does not exist)
     */
    default ProjectChanges diff(String ownername, String projectname, DesiredProject desired) {
        return new ProjectReconciler(this, ownername, projectname, desired).diff();
    }

    /**
     * Deletes a project with all its builds; python-copr {@code delete(ownername, projectname)}.
     * @return the project as it was before the deletion
     */
    Project delete(String ownername, String projectname);

    /**
     * Forks a project into a new project {@code dstownername/dstprojectname}; python-copr
     * {@code fork(ownername, projectname, dstownername, dstprojectname)}. Copr refuses when the destination
     * exists; see {@link #fork(String, String, String, String, ForkMode)}.
     */
    default Project fork(String ownername, String projectname, String dstownername, String dstprojectname) {
        return fork(ownername, projectname, dstownername, dstprojectname, ForkMode.NEW_PROJECT);
    }

    /**
     * Forks a project into {@code dstownername/dstprojectname}; python-copr
     * {@code fork(ownername, projectname, dstownername, dstprojectname, confirm)}.
     * @param dstownername the calling user or one of their {@code @group}s
     * @param mode {@link ForkMode#CONFIRM_EXISTING} to fork into a project that already exists
     * @return the fork; its builds are copied in the background
     */
    Project fork(String ownername, String projectname, String dstownername, String dstprojectname, ForkMode mode);

    /**
     * Whether user {@code who} may submit builds in the project; python-copr
     * {@code can_build_in(who, ownername, projectname)}. Sends the credentials when configured, as
     * python-copr does; Copr does not need them, so without credentials the call is anonymous.
     */
    boolean canBuildIn(String who, String ownername, String projectname);

    /**
     * Who holds which role in the project; python-copr {@code get_permissions(ownername, projectname)}.
     * Authenticated; the caller must be able to edit the project.
     * @throws dev.copr.client.exception.CoprNoResultException when the project does not exist or nobody but the
     *         owner has permissions ({@code No permissions set on ... project})
     * @throws dev.copr.client.exception.CoprAuthException when the caller may not edit the project
     */
    Permissions getPermissions(String ownername, String projectname);

    /**
     * Sets roles of users in the project, all or nothing; python-copr
     * {@code set_permissions(ownername, projectname, permissions)}. The caller must be able to edit it.
     * @param permissions roles per user name, at least one user with at least one role
     * @return the users whose roles changed (Copr's {@code updated}; python-copr drops it)
     * @throws dev.copr.client.exception.CoprRequestException when Copr refuses it, e.g. an unknown user (400)
     */
    List<String> setPermissions(String ownername, String projectname, Map<String, UserPermissions> permissions);

    /**
     * Asks for, cancels or drops roles of the calling user in the project; python-copr
     * {@code request_permissions(ownername, projectname, permissions)}. Copr mails the admins.
     * @return whether anything changed (Copr's {@code updated}; python-copr drops it)
     */
    boolean requestPermissions(String ownername, String projectname, PermissionRequest permissions);

    /**
     * Has Copr regenerate the repository metadata of all the project's chroots; python-copr
     * {@code regenerate_repos(ownername, projectname)}. The caller must be able to edit it.
     */
    Project regenerateRepos(String ownername, String projectname);
}
