package dev.copr.autoconfigure.token;

import dev.copr.autoconfigure.CoprAutoConfiguration;
import dev.copr.autoconfigure.CoprClientCustomizer;
import dev.copr.autoconfigure.CoprConnectionDetails;
import dev.copr.autoconfigure.CoprProperties;
import dev.copr.client.CoprClient;
import dev.copr.client.config.ClassicConfigFileTokenStore;
import dev.copr.client.exception.CoprConfigException;

import java.nio.file.Path;
import java.time.Clock;

import io.micrometer.observation.ObservationRegistry;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;

/**
 * The API token's lifecycle: a WARN line at start-up inside the warning period, automatic renewal
 * ({@code copr.token-renewal.enabled}) and saving renewed tokens into the classic config file they
 * were read from ({@code copr.token-renewal.write-config-file}).
 *
 * @since 0.1.0
 */
@AutoConfiguration(after = CoprAutoConfiguration.class)
@ConditionalOnBean(CoprClient.class)
public final class CoprTokenAutoConfiguration {

    CoprTokenAutoConfiguration() {
    }

    @Bean
    CoprTokenExpiryWarning coprTokenExpiryWarning(CoprClient client, CoprProperties properties) {
        return new CoprTokenExpiryWarning(client, properties.getTokenWarning(),
                properties.getTokenRenewal().isEnabled(), Clock.systemUTC());
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBooleanProperty("copr.token-renewal.enabled")
    CoprTokenRenewer coprTokenRenewer(CoprClient client, CoprProperties properties,
                                      ObjectProvider<ObservationRegistry> observationRegistry) {
        CoprProperties.TokenRenewal renewal = properties.getTokenRenewal();
        if (renewal.getCheckInterval().isNegative() || renewal.getCheckInterval().isZero()
                || renewal.getBefore().toDays() < 1) {
            throw new CoprConfigException("copr.token-renewal.check-interval must be positive and"
                    + " copr.token-renewal.before at least one day; they are " + renewal.getCheckInterval() + " and "
                    + renewal.getBefore());
        }
        return new CoprTokenRenewer(client, renewal.getBefore(), renewal.getCheckInterval(), Clock.systemUTC(),
                observationRegistry.getIfAvailable(() -> ObservationRegistry.NOOP));
    }

    /**
     * Saves every renewed token into the classic config file it was read from. Ordered before the
     * application's customizers, which may still set another store.
     */
    @Bean
    @Order(0)
    @ConditionalOnBooleanProperty("copr.token-renewal.write-config-file")
    CoprClientCustomizer coprConfigFileTokenStoreCustomizer(CoprConnectionDetails connectionDetails) {
        ClassicConfigFileTokenStore store = configFileTokenStore(connectionDetails.getTokenFile());
        return builder -> builder.tokenStore(store);
    }

    private static ClassicConfigFileTokenStore configFileTokenStore(@Nullable Path tokenFile) {
        if (tokenFile == null) {
            throw new CoprConfigException("copr.token-renewal.write-config-file=true saves renewed tokens into the"
                    + " classic config file, but the token does not come from one (copr.token or copr.login is set, no file is"
                    + " present, or the connection details are not from copr.* properties), so a restart would not"
                    + " use the saved token: keep login and token only in the file (copr.config-file, default"
                    + " ~/.config/copr), or set copr.token-renewal.write-config-file=false");
        }
        ClassicConfigFileTokenStore store = new ClassicConfigFileTokenStore(tokenFile);
        store.checkWritable();
        return store;
    }
}
