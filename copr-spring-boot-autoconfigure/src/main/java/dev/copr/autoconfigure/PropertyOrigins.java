package dev.copr.autoconfigure;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.Environment;

/**
 * Where a property was set, as Boot tracks it: a file and line, an environment variable, a
 * property source. Never the value.
 */
final class PropertyOrigins {

    private PropertyOrigins() {
    }

    /** The origin of the property's winning value; null when it is not set or its origin is unknown. */
    static @Nullable String of(Environment environment, String name) {
        ConfigurationPropertyName property = ConfigurationPropertyName.of(name);
        for (ConfigurationPropertySource source : ConfigurationPropertySources.get(environment)) {
            ConfigurationProperty found = source.getConfigurationProperty(property);
            if (found != null) {
                return found.getOrigin() == null ? null : found.getOrigin().toString();
            }
        }
        return null;
    }
}
