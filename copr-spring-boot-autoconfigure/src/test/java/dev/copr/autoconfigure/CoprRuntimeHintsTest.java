package dev.copr.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copr.client.build.Build;
import dev.copr.client.build.BuildState;
import dev.copr.client.project.Project;

import java.lang.reflect.RecordComponent;

import org.junit.jupiter.api.Test;
import org.springframework.aot.generate.ClassNameGenerator;
import org.springframework.aot.generate.DefaultGenerationContext;
import org.springframework.aot.generate.InMemoryGeneratedFiles;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.context.aot.ApplicationContextAotGenerator;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.javapoet.ClassName;
import org.springframework.test.context.support.TestPropertySourceUtils;

/** What Spring AOT records for an application with the starter, as {@code process-aot} runs it. */
class CoprRuntimeHintsTest {

    @Test
    void aotProcessingKeepsTheClientsJsonBindingAndTheConfigurationMetadata() {
        RuntimeHints hints = processAheadOfTime();

        assertThat(RuntimeHintsPredicates.resource().forResource(CoprPropertyNames.METADATA)).accepts(hints);
        for (Class<?> answer : new Class<?>[] {Build.class, Project.class}) {
            for (RecordComponent component : answer.getRecordComponents()) {
                assertThat(RuntimeHintsPredicates.reflection().onMethodInvocation(component.getAccessor()))
                        .as(answer.getSimpleName() + "." + component.getName()).accepts(hints);
            }
        }
        assertThat(RuntimeHintsPredicates.reflection().onMethodInvocation(BuildState.class, "fromCoprName")).accepts(hints);
    }

    private static RuntimeHints processAheadOfTime() {
        try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext()) {
            TestPropertySourceUtils.addInlinedPropertiesToEnvironment(context, "copr.config-file=none");
            context.register(App.class);
            DefaultGenerationContext generation = new DefaultGenerationContext(
                    new ClassNameGenerator(ClassName.get(App.class)), new InMemoryGeneratedFiles());
            new ApplicationContextAotGenerator().processAheadOfTime(context, generation);
            return generation.getRuntimeHints();
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ImportAutoConfiguration(CoprAutoConfiguration.class)
    static class App {
    }
}
