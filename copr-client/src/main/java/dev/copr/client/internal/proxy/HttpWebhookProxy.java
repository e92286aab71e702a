package dev.copr.client.internal.proxy;

import dev.copr.client.internal.Arguments;
import dev.copr.client.internal.http.CoprRequest;
import dev.copr.client.internal.http.CoprTransport;
import dev.copr.client.webhook.WebhookProxy;
import dev.copr.client.webhook.WebhookSecret;

/**
 * The {@link WebhookProxy} of a {@code CoprClient}: checks the arguments, then sends each call as one
 * request through the client's transport.
 *
 * @since 0.1.0
 */
public final class HttpWebhookProxy implements WebhookProxy {

    private final CoprTransport transport;

    /** A proxy sending through {@code transport}. */
    public HttpWebhookProxy(CoprTransport transport) {
        this.transport = transport;
    }

    @Override
    public WebhookSecret generate(String ownername, String projectname) {
        Arguments.requireName("ownername", ownername);
        Arguments.requireName("projectname", projectname);
        return transport.execute(CoprRequest.post("webhook.generate", "/webhook/generate/{ownername}/{projectname}",
                ownername, projectname), WebhookSecret.class);
    }
}
