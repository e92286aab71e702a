package dev.copr.client.webhook;

import dev.copr.client.Arguments;
import dev.copr.client.http.CoprRequest;
import dev.copr.client.http.CoprTransport;

/** Webhook secrets of projects: python-copr's {@code WebhookProxy} ({@code client.webhook_proxy}). */
public final class WebhookProxy {

    private final CoprTransport transport;

    /** A proxy over the given transport; applications get it from {@code CoprClient}. */
    public WebhookProxy(CoprTransport transport) {
        this.transport = transport;
    }

    /**
     * Generates a new webhook secret for the project, replacing the old one; python-copr
     * {@code generate(ownername, projectname)}. The caller must be able to edit the project.
     * @throws dev.copr.client.CoprAuthException when the caller may not edit the project (403)
     * @throws dev.copr.client.CoprNoResultException when the project does not exist
     */
    public WebhookSecret generate(String ownername, String projectname) {
        Arguments.requireName("ownername", ownername);
        Arguments.requireName("projectname", projectname);
        return transport.execute(CoprRequest.post("webhook.generate", "/webhook/generate/{ownername}/{projectname}",
                ownername, projectname), WebhookSecret.class);
    }
}
