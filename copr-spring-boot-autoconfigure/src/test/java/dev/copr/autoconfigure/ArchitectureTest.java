package dev.copr.autoconfigure;

import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.metaAnnotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMembers;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.properties.CanBeAnnotated;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.annotation.ImportCandidates;
import org.springframework.context.annotation.Configuration;

/**
 * Architecture rules of this module's main classes. Auto-configuration classes are public so that
 * users can name them in {@code exclude} and {@code @ImportAutoConfiguration}, but nothing in them
 * is API: their beans are reached through the application context, not by calling their methods.
 */
class ArchitectureTest {

    private static final JavaClasses MAIN_CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.copr.autoconfigure");

    private static final DescribedPredicate<CanBeAnnotated> CONFIGURATIONS = annotatedWith(AutoConfiguration.class)
            .or(metaAnnotatedWith(Configuration.class))
            .as("@AutoConfiguration or @Configuration classes");

    @Test
    void configurationsHaveNoPublicMethodsFieldsOrConstructors() {
        noMembers().that().areDeclaredInClassesThat(CONFIGURATIONS)
                .should().bePublic()
                .because("Spring calls bean methods and constructors of configurations without them being public")
                .check(MAIN_CLASSES);
    }

    @Test
    void nestedConfigurationsAreNotPublic() {
        classes().that(CONFIGURATIONS).and().areNestedClasses()
                .should().notBePublic()
                .allowEmptyShould(true)
                .check(MAIN_CLASSES);
    }

    @Test
    void usesNoPlumbingOfTheClient() {
        noClasses().should().dependOnClassesThat().resideInAPackage("dev.copr.client.internal..")
                .because("the client's internal packages are not API; the starter uses what applications use")
                .check(MAIN_CLASSES);
    }

    @Test
    void packagesAreFreeOfCycles() {
        slices().matching("dev.copr.(**)")
                .should().beFreeOfCycles()
                .check(MAIN_CLASSES);
    }

    @Test
    void everyAutoConfigurationIsListedInTheImportsFileAndNothingElse() {
        var listed = StreamSupport.stream(ImportCandidates.load(AutoConfiguration.class,
                ArchitectureTest.class.getClassLoader()).spliterator(), false)
                .filter(name -> name.startsWith("dev.copr.autoconfigure.")).toList();

        assertThat(listed).containsExactlyInAnyOrderElementsOf(MAIN_CLASSES.stream()
                .filter(type -> type.isAnnotatedWith(AutoConfiguration.class)).map(JavaClass::getName).toList());
    }

    @Test
    void noCodeAsksWhichConnectionDetailsItWasGiven() {
        assertThat(MAIN_CLASSES.stream().flatMap(type -> type.getCodeUnits().stream())
                .flatMap(code -> code.getInstanceofChecks().stream())
                .filter(check -> check.getRawType().isAssignableTo(CoprConnectionDetails.class)))
                .as("every CoprConnectionDetails answers through the interface, a stub as the properties do")
                .isEmpty();
    }
}
