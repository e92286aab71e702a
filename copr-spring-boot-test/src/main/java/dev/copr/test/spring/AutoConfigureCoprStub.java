package dev.copr.test.spring;

import dev.copr.test.BuildProgression;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.context.PropertyMapping;

/**
 * Starts a {@code CoprStub} in the test's application context and connects the auto-configured
 * Copr client and proxies to it, as its default user, like {@code @ServiceConnection} does for
 * containers. Inject the stub ({@code @Autowired CoprStub copr}) to drive builds and check what it
 * received; it is reset after each test method.
 *
 * <p>With {@code events = true}, the stub also publishes its builds' events, as Copr's backend
 * publishes them to Fedora's bus, to an {@code EmbeddedCoprBus} (copr-test-bus) started with the
 * context, and the application's {@code copr.events.*} connect to that bus: its
 * {@code @EventListener}s get the stub's {@code CoprBuildStarted} and {@code CoprBuildEnded} events,
 * and the auto-configured client's build watchers wait for them instead of polling. The stub
 * publishes under the application's {@code copr.events.topic-prefix}. Before the stub is reset, the
 * test waits until the events it published were delivered.
 *
 * <pre>{@code
 * @SpringBootTest
 * @AutoConfigureCoprStub(events = true)
 * class BuildNotifierTest { ... }
 * }</pre>
 *
 * <pre>{@code
 * @SpringBootTest
 * @AutoConfigureCoprStub(buildProgression = BuildProgression.ON_POLL)
 * class ReleaseServiceTest {
 *     @Autowired ReleaseService releases;
 *     @Autowired CoprStub copr;
 *     ...
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ImportAutoConfiguration({CoprStubEventsAutoConfiguration.class, CoprStubAutoConfiguration.class,
        CoprStubConnectionDetailsAutoConfiguration.class})
@PropertyMapping("copr.stub")
public @interface AutoConfigureCoprStub {

    /** Whether to start the stub; {@code copr.stub.enabled}. */
    boolean enabled() default true;

    /** How the stub's builds move on; {@code copr.stub.build-progression}. */
    BuildProgression buildProgression() default BuildProgression.MANUAL;

    /**
     * Whether the stub publishes its builds' events to an embedded bus that the application's
     * {@code copr.events.*} connect to; {@code copr.stub.events}. Needs {@code dev.copr:copr-test-bus}
     * and {@code spring-rabbit} on the test class path.
     */
    boolean events() default false;
}
