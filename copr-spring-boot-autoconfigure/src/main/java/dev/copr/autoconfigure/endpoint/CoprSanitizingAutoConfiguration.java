package dev.copr.autoconfigure.endpoint;

import dev.copr.autoconfigure.CoprAutoConfiguration;
import dev.copr.autoconfigure.CoprConnectionDetails;
import dev.copr.client.CoprClient;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * Masks the Copr credentials in the actuator's {@code env} and {@code configprops} endpoints, even
 * where values are shown, in every mode (properties, the classic config file, a test stub, a renewed
 * token): {@code copr.token} and {@code copr.login} in any relaxed spelling (e.g. {@code COPR_TOKEN}),
 * and every other value that holds a configured or current token or login, such as
 * {@code sun.java.command} after {@code --copr.token=...} or {@code SPRING_APPLICATION_JSON}
 * (see {@link CoprCredentialValues} for where they are looked up).
 *
 * @since 0.1.0
 */
@AutoConfiguration(after = CoprAutoConfiguration.class)
@ConditionalOnClass(SanitizingFunction.class)
public final class CoprSanitizingAutoConfiguration {

    /** The credentials are looked up when a value is shown, so this bean needs nothing at start-up. */
    CoprSanitizingAutoConfiguration() {
    }

    @Bean
    @ConditionalOnMissingBean(name = "coprCredentialsSanitizingFunction")
    SanitizingFunction coprCredentialsSanitizingFunction(Environment environment,
                                                         ObjectProvider<CoprConnectionDetails> connectionDetails,
                                                         ObjectProvider<CoprClient> clients) {
        return SanitizingFunction.sanitizeValue().ifKeyMatches(CoprCredentialValues::isCredentialKey)
                .ifValueStringMatches(new CoprCredentialValues(environment, connectionDetails, clients));
    }
}
