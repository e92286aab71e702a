package dev.copr.autoconfigure.endpoint;

import dev.copr.autoconfigure.CoprAutoConfiguration;
import dev.copr.autoconfigure.CoprConnectionDetails;

import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Masks the Copr credentials in the actuator's {@code env} and {@code configprops} endpoints, even
 * where values are shown: {@code copr.token} and {@code copr.login} in any relaxed spelling (e.g.
 * {@code COPR_TOKEN}), and every other value that holds the configured token or login, such as
 * {@code sun.java.command} after {@code --copr.token=...} or {@code SPRING_APPLICATION_JSON}.
 *
 * @since 0.1.0
 */
@AutoConfiguration(after = CoprAutoConfiguration.class)
@ConditionalOnClass(SanitizingFunction.class)
public final class CoprSanitizingAutoConfiguration {

    private static final Set<String> CREDENTIAL_KEYS = Set.of("copr.token", "copr.login");

    /** The connection details are looked up when a value is shown, so this bean needs nothing at start-up. */
    CoprSanitizingAutoConfiguration() {
    }

    @Bean
    @ConditionalOnMissingBean(name = "coprCredentialsSanitizingFunction")
    SanitizingFunction coprCredentialsSanitizingFunction(ObjectProvider<CoprConnectionDetails> connectionDetails) {
        return SanitizingFunction.sanitizeValue().ifKeyMatches(CoprSanitizingAutoConfiguration::isCoprCredential)
                .ifValueStringMatches(value -> holdsCredentials(value, connectionDetails.getIfAvailable()));
    }

    static boolean isCoprCredential(String key) {
        String canonical = key.toLowerCase(Locale.ROOT).replace('_', '.').replace("-", "");
        return CREDENTIAL_KEYS.contains(canonical);
    }

    private static boolean holdsCredentials(String value, @Nullable CoprConnectionDetails details) {
        return details != null && (holds(value, details.getToken()) || holds(value, details.getLogin()));
    }

    private static boolean holds(String value, @Nullable String credential) {
        return credential != null && !credential.isBlank() && value.contains(credential.strip());
    }
}
