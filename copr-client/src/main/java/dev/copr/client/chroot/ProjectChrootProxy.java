package dev.copr.client.chroot;

import dev.copr.client.exception.CoprValidationException;

/**
 * The chroots of a project and their settings: python-copr's {@code ProjectChrootProxy}; get it from
 * {@code CoprClient.projectChroots()}.
 *
 * @since 0.1.0
 */
public interface ProjectChrootProxy {

    /**
     * The settings of one chroot in a project; python-copr {@code get(ownername, projectname, chrootname)}.
     * @throws dev.copr.client.exception.CoprNoResultException when the project or the chroot in it does not exist
     */
    ProjectChroot get(String ownername, String projectname, String chrootname);

    /**
     * The build config Copr generates for one chroot of a project; python-copr
     * {@code get_build_config(ownername, projectname, chrootname)}.
     * @throws dev.copr.client.exception.CoprNoResultException when the project or the chroot in it does not exist
     */
    ProjectChrootBuildConfig getBuildConfig(String ownername, String projectname, String chrootname);

    /**
     * Changes the settings of one chroot in a project and returns them; python-copr
     * {@code edit(ownername, projectname, chrootname, ...)}. Needs credentials with edit rights.
     * Sent as multipart, as python-copr does: the settings in a part {@code json}, the
     * {@code comps.xml} (if any) streamed from disk in a part {@code upload_comps}.
     * @throws CoprValidationException when {@code comps} is not a readable file, or
     *         {@link Bootstrap#CUSTOM_IMAGE} is asked for without a {@code bootstrapImage}
     * @throws dev.copr.client.exception.CoprRequestException when Copr rejects a setting (e.g. an unknown reset field)
     */
    ProjectChroot edit(String ownername, String projectname, String chrootname, ProjectChrootOptions options);
}
