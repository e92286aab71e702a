package dev.copr.client.internal.aot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;
import org.springframework.core.io.support.SpringFactoriesLoader;

/**
 * Every record and enum of the client that Jackson binds has the reflection hints an AOT-compiled
 * application needs, as the registrars of {@code META-INF/spring/aot.factories} give them. The types
 * are found on the class path, so a new record without hints fails here unless it is named below as
 * one that never travels as JSON.
 */
class JsonBindingHintsTest {

    /** Records that Jackson never binds, and why. */
    private static final Map<String, String> NOT_JSON = Map.ofEntries(
            Map.entry("dev.copr.client.config.ClassicConfigFile", "read from an INI file"),
            Map.entry("dev.copr.client.config.IniFile$Entry", "a line of an INI file"),
            Map.entry("dev.copr.client.config.TokenLines$Line", "a line of an INI file"),
            Map.entry("dev.copr.client.monitor.MonitorField", "sent as a query parameter"),
            Map.entry("dev.copr.client.build.BuildFilter", "sent as query parameters"),
            Map.entry("dev.copr.client.event.BuildChrootMessage", "read field by field from a JSON tree"),
            Map.entry("dev.copr.client.event.CoprBuildStarted", "made from a BuildChrootMessage"),
            Map.entry("dev.copr.client.event.CoprBuildEnded", "made from a BuildChrootMessage"),
            Map.entry("dev.copr.client.event.CoprChrootStarted", "made from a BuildChrootMessage"),
            Map.entry("dev.copr.client.build.BuildEndSignals$Update", "handed between threads"),
            Map.entry("dev.copr.client.build.BuildEndSignals$ChrootEnd", "handed between threads"),
            Map.entry("dev.copr.client.internal.http.CoprRequest", "describes a request"),
            Map.entry("dev.copr.client.CoprClient$Proxies", "holds the proxies of one client"),
            Map.entry("dev.copr.client.internal.http.Credentials", "held by the transport"),
            Map.entry("dev.copr.client.internal.http.FilePart", "an upload's file"),
            Map.entry("dev.copr.client.internal.http.ResponseDeadline", "a time bound"),
            Map.entry("dev.copr.client.result.ChrootVerdicts", "made from build chroots"),
            Map.entry("dev.copr.client.result.ChrootLogs", "made from a chroot's result_url and state"),
            Map.entry("dev.copr.client.result.ResultFile", "made from built packages"),
            Map.entry("dev.copr.client.result.DownloadedFile", "a download's outcome"),
            Map.entry("dev.copr.client.result.DownloadOptions", "a download's settings"),
            Map.entry("dev.copr.client.internal.download.HostAnswer", "an answer of the results host"),
            Map.entry("dev.copr.client.internal.download.Deadline", "a time bound"),
            Map.entry("dev.copr.client.project.ProjectChanges", "made by comparing a project with a DesiredProject"),
            Map.entry("dev.copr.client.project.SettingChange", "made by comparing a project with a DesiredProject"),
            Map.entry("dev.copr.client.build.DependencyOrder$Node", "a package added to a dependency order"));

    private static final List<Class<?>> CLIENT_TYPES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.copr.client").stream()
            .map(JavaClass::reflect)
            .toList();

    private static final RuntimeHints hints = new RuntimeHints();

    @BeforeAll
    static void registerAsSpringAotDoes() {
        ClassLoader classLoader = JsonBindingHintsTest.class.getClassLoader();
        SpringFactoriesLoader.forResourceLocation("META-INF/spring/aot.factories", classLoader)
                .load(RuntimeHintsRegistrar.class)
                .forEach(registrar -> registrar.registerHints(hints, classLoader));
    }

    @Test
    void everyJsonRecordCanBeConstructedAndReadByReflection() {
        List<Class<?>> records = CLIENT_TYPES.stream()
                .filter(Class::isRecord).filter(type -> !NOT_JSON.containsKey(type.getName())).toList();
        assertThat(records).as("records found on the class path").hasSizeGreaterThan(30);

        List<String> missing = new ArrayList<>();
        for (Class<?> type : records) {
            if (!RuntimeHintsPredicates.reflection().onConstructorInvocation(canonicalConstructor(type)).test(hints)) {
                missing.add(type.getName() + " canonical constructor");
            }
            for (RecordComponent component : type.getRecordComponents()) {
                if (!RuntimeHintsPredicates.reflection().onMethodInvocation(component.getAccessor()).test(hints)) {
                    missing.add(type.getName() + "." + component.getName() + "()");
                }
            }
        }
        assertThat(missing).as("members without a reflection hint").isEmpty();
    }

    @Test
    void everyJsonCreatorAndJsonValueOfAnEnumCanBeInvoked() {
        List<Method> jsonMethods = CLIENT_TYPES.stream().filter(Class::isEnum)
                .flatMap(type -> Arrays.stream(type.getDeclaredMethods()))
                .filter(method -> method.isAnnotationPresent(JsonCreator.class) || method.isAnnotationPresent(JsonValue.class))
                .toList();
        assertThat(jsonMethods).as("@JsonCreator and @JsonValue methods of enums").hasSizeGreaterThan(10);

        assertThat(jsonMethods).allSatisfy(method ->
                assertThat(RuntimeHintsPredicates.reflection().onMethodInvocation(method)).as(method.toString())
                        .accepts(hints));
    }

    @Test
    void recordsThatAreNotJsonStillExist() {
        List<String> names = CLIENT_TYPES.stream().map(Class::getName).toList();

        assertThat(names).containsAll(NOT_JSON.keySet());
    }

    @Test
    void theVersionFileOfTheUserAgentIsKept() {
        assertThat(RuntimeHintsPredicates.resource().forResource("dev/copr/client/version.properties")).accepts(hints);
    }

    private static Constructor<?> canonicalConstructor(Class<?> record) {
        Class<?>[] components = Arrays.stream(record.getRecordComponents()).map(RecordComponent::getType)
                .toArray(Class<?>[]::new);
        try {
            return record.getDeclaredConstructor(components);
        } catch (NoSuchMethodException e) {
            throw new AssertionError(record + " has no canonical constructor", e);
        }
    }
}
