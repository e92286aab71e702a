package dev.copr.autoconfigure;

import java.util.Locale;
import java.util.Set;

import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Masks {@code copr.token} and {@code copr.login} (in any relaxed spelling, e.g. {@code COPR_TOKEN})
 * in the actuator's {@code env} and {@code configprops} endpoints, even where values are shown.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(SanitizingFunction.class)
class CoprSanitizingConfiguration {

    private static final Set<String> CREDENTIAL_KEYS = Set.of("copr.token", "copr.login");

    @Bean
    SanitizingFunction coprCredentialsSanitizingFunction() {
        return SanitizingFunction.sanitizeValue().ifKeyMatches(CoprSanitizingConfiguration::isCoprCredential);
    }

    static boolean isCoprCredential(String key) {
        String canonical = key.toLowerCase(Locale.ROOT).replace('_', '.').replace("-", "");
        return CREDENTIAL_KEYS.contains(canonical);
    }
}
