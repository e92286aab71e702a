package dev.copr.test.junit;

import dev.copr.test.BuildProgression;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a JUnit Jupiter test class with a Copr stub: parameters of type {@code CoprStub} (the stub)
 * and {@code CoprClient} (a client logged in as the stub's default user) are injected. Each test
 * method gets a fresh stub, closed after it; a stub injected into a {@code @BeforeAll} method is
 * shared by the class instead.
 *
 * <pre>{@code
 * @CoprStubTest(buildProgression = BuildProgression.ON_POLL)
 * class MyReleaseTest {
 *     @Test
 *     void buildsTheRelease(CoprStub copr, CoprClient client) { ... }
 * }
 * }</pre>
 *
 * <p>With {@code events = true}, the stubs publish their builds' events to an
 * {@code EmbeddedCoprBus} (copr-test-bus) that the test class shares, as Copr's backend publishes
 * them to Fedora's bus (see {@code CoprStub.Builder.busPublisher}); parameters of type
 * {@code EmbeddedCoprBus} get it, to connect the consumer under test.
 *
 * @since 0.1.0
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@ExtendWith(CoprStubExtension.class)
public @interface CoprStubTest {

    /** How the stub's builds move on. */
    BuildProgression buildProgression() default BuildProgression.MANUAL;

    /**
     * Whether the stubs publish their builds' events to an embedded bus, started once for the test
     * class; needs {@code dev.copr:copr-test-bus} and {@code spring-rabbit} on the test class path.
     */
    boolean events() default false;
}
