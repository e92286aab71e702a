package dev.copr.autoconfigure;

import dev.copr.client.CoprClient;

/**
 * Adjusts the auto-configured {@link CoprClient} before it is built, e.g. to use another
 * {@code RestClient.Builder} or HTTP client. Beans of this type are applied in order.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface CoprClientCustomizer {

    /** @param builder the builder of the auto-configured client */
    void customize(CoprClient.Builder builder);
}
