package dev.copr.autoconfigure;

import dev.copr.client.CoprClient;

/**
 * Adjusts the auto-configured {@link CoprClient} before it is built, e.g. to give it another JDK
 * {@code HttpClient}, observation convention or token store. Beans of this type are applied in order.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface CoprClientCustomizer {

    /** @param builder the builder of the auto-configured client */
    void customize(CoprClient.Builder builder);
}
