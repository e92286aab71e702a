package dev.copr.autoconfigure.ensure;

import dev.copr.autoconfigure.CoprAutoConfiguration;
import dev.copr.client.CoprClient;

import java.util.List;
import java.util.stream.IntStream;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Projects in their desired state at start-up, with {@code copr.ensure.enabled=true}: each project of
 * {@code copr.ensure.projects} is created or edited until it matches ({@code ProjectProxy.ensure}), and its
 * diff logged; with {@code copr.ensure.dry-run=true} only the diff is logged. A failure stops start-up.
 *
 * @since 0.1.0
 */
@AutoConfiguration(after = CoprAutoConfiguration.class)
@ConditionalOnBean(CoprClient.class)
@ConditionalOnBooleanProperty("copr.ensure.enabled")
@EnableConfigurationProperties(CoprEnsureProperties.class)
public final class CoprEnsureAutoConfiguration {

    CoprEnsureAutoConfiguration() {
    }

    @Bean
    CoprProjectsEnsurer coprProjectsEnsurer(CoprClient client, CoprEnsureProperties properties) {
        List<DeclaredProject> projects = IntStream.range(0, properties.getProjects().size())
                .mapToObj(index -> DeclaredProject.of(index, properties.getProjects().get(index)))
                .toList();
        return new CoprProjectsEnsurer(client.projects(), projects, properties.isDryRun());
    }
}
