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
@ImportAutoConfiguration({CoprStubAutoConfiguration.class, CoprStubConnectionDetailsAutoConfiguration.class})
@PropertyMapping("copr.stub")
public @interface AutoConfigureCoprStub {

    /** Whether to start the stub; {@code copr.stub.enabled}. */
    boolean enabled() default true;

    /** How the stub's builds move on; {@code copr.stub.build-progression}. */
    BuildProgression buildProgression() default BuildProgression.MANUAL;
}
