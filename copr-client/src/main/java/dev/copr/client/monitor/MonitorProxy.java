package dev.copr.client.monitor;

import dev.copr.client.Arguments;
import dev.copr.client.CoprValidationException;
import dev.copr.client.http.CoprRequest;
import dev.copr.client.http.CoprTransport;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The build monitor of a project: python-copr's {@code MonitorProxy}. Anonymous. */
public final class MonitorProxy {

    private final CoprTransport transport;

    /** A proxy over the given transport; applications get it from {@code CoprClient}. */
    public MonitorProxy(CoprTransport transport) {
        this.transport = transport;
    }

    /**
     * The latest build of every package in every chroot of a project's main directory, without
     * additional fields; python-copr {@code monitor(ownername, projectname)}.
     * @throws dev.copr.client.CoprNoResultException when the project does not exist
     */
    public ProjectMonitor monitor(String ownername, String projectname) {
        return monitor(ownername, projectname, null, null);
    }

    /**
     * The latest build of every package in every chroot of a project directory; python-copr
     * {@code monitor(ownername, projectname, project_dirname, additional_fields)}. Not paginated:
     * Copr streams the whole answer.
     * @param projectDirname a directory of the project (CoprDir) such as {@code project:pr:12}; null
     *                       for the main one
     * @param additionalFields fields to add to each chroot (sent in order, each once, as
     *                         {@code additional_fields[]}); null or empty for none
     * @throws dev.copr.client.CoprNoResultException when the project or directory does not exist
     */
    public ProjectMonitor monitor(String ownername, String projectname, String projectDirname,
                                  Collection<MonitorField> additionalFields) {
        Arguments.requireName("ownername", ownername);
        Arguments.requireName("projectname", projectname);
        if (projectDirname != null) {
            Arguments.requireName("projectDirname", projectDirname);
        }
        CoprRequest request = CoprRequest.get("monitor.monitor", "/monitor")
                .withQuery("ownername", ownername)
                .withQuery("projectname", projectname)
                .withQuery("project_dirname", projectDirname)
                .withQueryValues("additional_fields[]", coprNames(additionalFields));
        return transport.execute(request, ProjectMonitor.class);
    }

    private static List<String> coprNames(Collection<MonitorField> fields) {
        if (fields == null) {
            return List.of();
        }
        Set<String> names = new LinkedHashSet<>();
        for (MonitorField field : fields) {
            if (field == null) {
                throw new CoprValidationException("additionalFields must not contain null");
            }
            names.add(field.coprName());
        }
        return List.copyOf(names);
    }
}
