package dev.copr.autoconfigure;

import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.bind.UnboundConfigurationPropertiesException;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Explains a {@code copr.*} key that no module knows, suggesting the closest known one. Runs
 * before Boot's own analysis, which prints each value: a misspelt {@code copr.tokn} holds a token.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
class CoprUnknownPropertyFailureAnalyzer extends AbstractFailureAnalyzer<UnboundConfigurationPropertiesException> {

    @Override
    protected @Nullable FailureAnalysis analyze(Throwable rootFailure, UnboundConfigurationPropertiesException cause) {
        if (!cause.getUnboundProperties().stream().allMatch(property -> property.getName().toString()
                .startsWith("copr."))) {
            return null;
        }
        CoprPropertyNames known = CoprPropertyNames.load(getClass().getClassLoader());
        String unknown = cause.getUnboundProperties().stream().map(property -> describe(property, known))
                .collect(Collectors.joining("\n"));
        // No cause: Boot would log it at debug with the values
        return FailureAnalyses.withoutCause("Unknown Copr configuration properties:\n" + unknown,
                "Correct or remove the properties named above. The copr.* properties are listed in the configuration"
                        + " reference, docs/spring-boot.md, and your IDE completes them from the configuration metadata.");
    }

    private static String describe(ConfigurationProperty property, CoprPropertyNames known) {
        String name = property.getName().toString();
        return "    " + name + known.closest(name).map(closest -> ": did you mean " + closest + "?").orElse("")
                + (property.getOrigin() == null ? "" : " (from " + property.getOrigin() + ")");
    }
}
