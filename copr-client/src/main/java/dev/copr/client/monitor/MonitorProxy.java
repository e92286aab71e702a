package dev.copr.client.monitor;

import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The build monitor of a project: python-copr's {@code MonitorProxy}; get it from
 * {@code CoprClient.monitor()}. Anonymous.
 *
 * @since 0.1.0
 */
public interface MonitorProxy {

    /**
     * The latest build of every package in every chroot of a project's main directory, without
     * additional fields; python-copr {@code monitor(ownername, projectname)}.
     * @throws dev.copr.client.exception.CoprNoResultException when the project does not exist
     */
    default ProjectMonitor monitor(String ownername, String projectname) {
        return monitor(ownername, projectname, null, List.of());
    }

    /**
     * The latest build of every package in every chroot of a project directory (CoprDir), such as
     * {@code project:pr:12}, without additional fields; see {@link #monitor(String, String, String, Collection)}.
     */
    default ProjectMonitor monitor(String ownername, String projectname, String projectDirname) {
        return monitor(ownername, projectname, projectDirname, List.of());
    }

    /**
     * The latest build of every package in every chroot of a project's main directory, with
     * additional fields; see {@link #monitor(String, String, String, Collection)}.
     */
    default ProjectMonitor monitor(String ownername, String projectname, Collection<MonitorField> additionalFields) {
        return monitor(ownername, projectname, null, additionalFields);
    }

    /**
     * The latest build of every package in every chroot of a project directory; python-copr
     * {@code monitor(ownername, projectname, project_dirname, additional_fields)}. Not paginated:
     * Copr streams the whole answer.
     * @param projectDirname a directory of the project (CoprDir) such as {@code project:pr:12}; null
     *                       for the main one
     * @param additionalFields fields to add to each chroot (sent in order, each once, as
     *                         {@code additional_fields[]}); empty for none
     * @throws dev.copr.client.exception.CoprNoResultException when the project or directory does not exist
     */
    ProjectMonitor monitor(String ownername, String projectname, @Nullable String projectDirname,
                           Collection<MonitorField> additionalFields);
}
