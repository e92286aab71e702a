package dev.copr.client.internal.proxy;

import dev.copr.client.exception.CoprValidationException;
import dev.copr.client.internal.Arguments;
import dev.copr.client.internal.http.CoprRequest;
import dev.copr.client.internal.http.CoprTransport;
import dev.copr.client.monitor.MonitorField;
import dev.copr.client.monitor.MonitorProxy;
import dev.copr.client.monitor.ProjectMonitor;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The {@link MonitorProxy} of a {@code CoprClient}: checks the arguments, then sends each call as one
 * request through the client's transport.
 *
 * @since 0.1.0
 */
public final class HttpMonitorProxy implements MonitorProxy {

    private final CoprTransport transport;

    /** A proxy sending through {@code transport}. */
    public HttpMonitorProxy(CoprTransport transport) {
        this.transport = transport;
    }

    @Override
    public ProjectMonitor monitor(String ownername, String projectname, @Nullable String projectDirname,
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
