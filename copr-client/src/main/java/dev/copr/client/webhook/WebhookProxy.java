package dev.copr.client.webhook;

/**
 * Webhook secrets of projects: python-copr's {@code WebhookProxy} ({@code client.webhook_proxy}); get
 * it from {@code CoprClient.webhooks()}.
 *
 * @since 0.1.0
 */
public interface WebhookProxy {

    /**
     * Generates a new webhook secret for the project, replacing the old one; python-copr
     * {@code generate(ownername, projectname)}. The caller must be able to edit the project.
     * @throws dev.copr.client.exception.CoprAuthException when the caller may not edit the project (403)
     * @throws dev.copr.client.exception.CoprNoResultException when the project does not exist
     */
    WebhookSecret generate(String ownername, String projectname);
}
