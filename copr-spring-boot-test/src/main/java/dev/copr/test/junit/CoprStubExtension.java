package dev.copr.test.junit;

import dev.copr.client.CoprClient;
import dev.copr.test.CoprStub;

import java.util.Optional;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Injects a {@link CoprStub}, and a {@link CoprClient} logged in as its default user, into test and
 * lifecycle methods; with {@link CoprStubTest#events()}, also the {@code EmbeddedCoprBus} the stubs
 * publish to. Declared by {@link CoprStubTest}, or registered with settings:
 *
 * <pre>{@code
 * @RegisterExtension
 * static CoprStubExtension copr = CoprStubExtension.configured(stub -> stub.user(CoprStubUser.named("bob")));
 * }</pre>
 *
 * The stub of a test method is started when it is first injected and closed after the method; one
 * injected into {@code @BeforeAll} lives as long as the test class and is the one its methods get.
 * The bus is started with the first stub or on injection, and closed after the test class.
 *
 * @since 0.1.0
 */
public final class CoprStubExtension implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(CoprStubExtension.class);

    private final UnaryOperator<CoprStub.Builder> settings;

    /** An extension configured by the test class's {@link CoprStubTest}, if any. */
    public CoprStubExtension() {
        this(UnaryOperator.identity());
    }

    private CoprStubExtension(UnaryOperator<CoprStub.Builder> settings) {
        this.settings = settings;
    }

    /** An extension whose stubs get these settings (applied after those of {@link CoprStubTest}). */
    public static CoprStubExtension configured(UnaryOperator<CoprStub.Builder> settings) {
        return new CoprStubExtension(settings);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        // By name: without events, copr-test-bus need not be on the class path
        return type == CoprStub.class || type == CoprClient.class || type.getName().equals(TestClassBus.BUS_CLASS);
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        if (type.getName().equals(TestClassBus.BUS_CLASS)) {
            if (!events(context)) {
                throw new ParameterResolutionException("an EmbeddedCoprBus parameter needs @CoprStubTest(events = true)");
            }
            return bus(context).bus();
        }
        CoprStub stub = stub(context);
        return type == CoprClient.class ? stub.client() : stub;
    }

    /** The stub of this test (or test class), started on first use. */
    public CoprStub stub(ExtensionContext context) {
        return context.getStore(NAMESPACE).computeIfAbsent(CoprStub.class, key -> start(context), CoprStub.class);
    }

    private CoprStub start(ExtensionContext context) {
        CoprStub.Builder builder = CoprStub.builder();
        annotation(context).ifPresent(test -> builder.buildProgression(test.buildProgression()));
        if (events(context)) {
            builder.busPublisher(bus(context).publisher());
        }
        return settings.apply(builder).start();
    }

    private static boolean events(ExtensionContext context) {
        return annotation(context).map(CoprStubTest::events).orElse(false);
    }

    /** The bus of the test class, started on first use and closed after the class. */
    private static TestClassBus bus(ExtensionContext context) {
        ExtensionContext testClass = context;
        while (testClass.getTestMethod().isPresent() && testClass.getParent().isPresent()) {
            testClass = testClass.getParent().get();
        }
        return testClass.getStore(NAMESPACE).computeIfAbsent(TestClassBus.class, key -> TestClassBus.start(),
                TestClassBus.class);
    }

    private static Optional<CoprStubTest> annotation(ExtensionContext context) {
        for (Class<?> type = context.getTestClass().orElse(null); type != null; type = type.getEnclosingClass()) {
            Optional<CoprStubTest> found = AnnotationSupport.findAnnotation(type, CoprStubTest.class);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }
}
