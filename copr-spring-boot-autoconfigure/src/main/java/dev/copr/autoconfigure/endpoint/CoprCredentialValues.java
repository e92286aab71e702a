package dev.copr.autoconfigure.endpoint;

import dev.copr.autoconfigure.CoprConnectionDetails;
import dev.copr.client.CoprClient;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.Environment;
import org.springframework.core.env.PropertySource;

/**
 * Whether a value holds a Copr login or token: one configured in any property source, in any relaxed
 * spelling of {@code copr.login} or {@code copr.token} (also those a higher source overrides), the one
 * the properties resolve to, the active {@link CoprConnectionDetails}' (which hold the classic config
 * file's when it is used, or a test stub's), and every one a {@link CoprClient} has used, renewed ones
 * included. Looked up at each check, so a renewal is masked from then on.
 */
final class CoprCredentialValues implements Predicate<String> {

    private static final Set<String> CREDENTIAL_KEYS = Set.of("copr.token", "copr.login");

    private final Environment environment;
    private final ObjectProvider<CoprConnectionDetails> connectionDetails;
    private final ObjectProvider<CoprClient> clients;

    CoprCredentialValues(Environment environment, ObjectProvider<CoprConnectionDetails> connectionDetails,
                         ObjectProvider<CoprClient> clients) {
        this.environment = environment;
        this.connectionDetails = connectionDetails;
        this.clients = clients;
    }

    /**
     * Whether {@code key} is {@code copr.token} or {@code copr.login} in any
     * relaxed spelling (e.g. {@code COPR_TOKEN}).
     */
    static boolean isCredentialKey(String key) {
        String canonical = key.toLowerCase(Locale.ROOT).replace('_', '.').replace("-", "");
        return CREDENTIAL_KEYS.contains(canonical);
    }

    @Override
    public boolean test(String value) {
        for (String credential : configured()) {
            if (value.contains(credential)) {
                return true;
            }
        }
        return clients.stream().anyMatch(client -> client.credentialsAppearIn(value));
    }

    private Set<String> configured() {
        Set<String> credentials = new LinkedHashSet<>();
        if (environment instanceof ConfigurableEnvironment configurable) {
            for (PropertySource<?> source : configurable.getPropertySources()) {
                if (source instanceof EnumerablePropertySource<?> enumerable) {
                    for (String name : enumerable.getPropertyNames()) {
                        if (isCredentialKey(name)) {
                            add(credentials, enumerable.getProperty(name));
                        }
                    }
                }
            }
        }
        for (String key : CREDENTIAL_KEYS) {
            add(credentials, resolved(key));
        }
        CoprConnectionDetails details = connectionDetails.getIfAvailable();
        if (details != null) {
            add(credentials, details.getLogin());
            add(credentials, details.getToken());
        }
        return credentials;
    }

    /** The property's value with its placeholders resolved; null when unset or unresolvable. */
    private @Nullable String resolved(String key) {
        try {
            return environment.getProperty(key);
        } catch (IllegalArgumentException unresolvable) {
            return null;
        }
    }

    private static void add(Set<String> credentials, @Nullable Object value) {
        if (value != null && !value.toString().isBlank()) {
            credentials.add(value.toString().strip());
        }
    }
}
