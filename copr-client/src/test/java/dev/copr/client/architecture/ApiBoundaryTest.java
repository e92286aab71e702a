package dev.copr.client.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * The boundary of the public API: packages free of cycles, no plumbing of {@code internal} in
 * what applications see, proxies that only {@code CoprClient} hands out.
 */
class ApiBoundaryTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.copr.client");

    private static final String INTERNAL = "dev.copr.client.internal";

    @Test
    void packagesAreFreeOfCycles() {
        slices().assignedFrom(byPackage()).should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void publicSignaturesOutsideInternalNameNoInternalType() {
        classes().that(publicApi()).should(exposeNoInternalType()).check(MAIN);
    }

    @Test
    void proxiesAreInterfacesThatOnlyTheClientImplements() {
        classes().that(publicApi()).and().haveSimpleNameEndingWith("Proxy").should().beInterfaces().check(MAIN);
        noClasses().that().resideOutsideOfPackage(INTERNAL + "..")
                .and().doNotHaveFullyQualifiedName("dev.copr.client.CoprClient")
                .should().dependOnClassesThat().resideInAPackage(INTERNAL + ".proxy..")
                .check(MAIN);
    }

    private static SliceAssignment byPackage() {
        return new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                return SliceIdentifier.of(javaClass.getPackageName());
            }

            @Override
            public String getDescription() {
                return "packages of dev.copr.client";
            }
        };
    }

    private static DescribedPredicate<JavaClass> publicApi() {
        return new DescribedPredicate<>("are public and outside " + INTERNAL) {
            @Override
            public boolean test(JavaClass javaClass) {
                return javaClass.getModifiers().contains(JavaModifier.PUBLIC)
                        && !javaClass.getPackageName().startsWith(INTERNAL)
                        && (javaClass.getEnclosingClass().isEmpty()
                        || javaClass.getEnclosingClass().get().getModifiers().contains(JavaModifier.PUBLIC));
            }
        };
    }

    private static ArchCondition<JavaClass> exposeNoInternalType() {
        return new ArchCondition<>("expose no type of " + INTERNAL + " in a public or protected signature") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                checkType(javaClass, javaClass.getRawSuperclass().map(List::of).orElse(List.of()), "extends", events);
                checkType(javaClass, new ArrayList<>(javaClass.getRawInterfaces()), "implements", events);
                for (JavaMember member : visibleMembers(javaClass)) {
                    List<JavaClass> types = new ArrayList<>();
                    if (member instanceof JavaField field) {
                        types.add(field.getRawType());
                    } else if (member instanceof JavaCodeUnit code) {
                        types.add(code.getRawReturnType());
                        types.addAll(code.getRawParameterTypes());
                        types.addAll(code.getThrowsClause().getTypes());
                    }
                    checkType(javaClass, types, member.getFullName(), events);
                }
            }
        };
    }

    private static List<JavaMember> visibleMembers(JavaClass javaClass) {
        List<JavaMember> members = new ArrayList<>();
        for (JavaMember member : javaClass.getMembers()) {
            Set<JavaModifier> modifiers = member.getModifiers();
            if (modifiers.contains(JavaModifier.PUBLIC) || modifiers.contains(JavaModifier.PROTECTED)) {
                members.add(member);
            }
        }
        return members;
    }

    private static void checkType(JavaClass owner, List<JavaClass> types, String where, ConditionEvents events) {
        for (JavaClass type : types) {
            if (type.getPackageName().startsWith(INTERNAL)) {
                events.add(SimpleConditionEvent.violated(owner, where + " exposes " + type.getName()));
            }
        }
    }
}
