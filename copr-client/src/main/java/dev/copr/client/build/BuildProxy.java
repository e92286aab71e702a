package dev.copr.client.build;

import dev.copr.client.Arguments;
import dev.copr.client.http.CoprRequest;
import dev.copr.client.http.CoprTransport;

/** Copr builds: python-copr's {@code BuildProxy} ({@code client.build_proxy}). */
public final class BuildProxy {

    private final CoprTransport transport;

    /** A proxy over the given transport; applications get it from {@code CoprClient.builds()}. */
    public BuildProxy(CoprTransport transport) {
        this.transport = transport;
    }

    /**
     * One build; python-copr {@code get(build_id)}.
     * @throws dev.copr.client.CoprNoResultException when the build does not exist
     */
    public Build get(long buildId) {
        Arguments.requireId("buildId", buildId);
        return transport.execute(CoprRequest.get("build.get", "/build/{build_id}", buildId), Build.class);
    }
}
