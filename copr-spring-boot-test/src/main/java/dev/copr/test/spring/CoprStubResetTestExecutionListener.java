package dev.copr.test.spring;

import dev.copr.test.CoprStub;

import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;
import org.springframework.util.ClassUtils;

/**
 * Resets every {@link CoprStub} bean of a test's application context after each test method, so
 * that tests sharing a cached context do not see each other's projects, builds or requests. With
 * {@code copr.stub.events}, it first waits until the events published so far were delivered.
 *
 * @since 0.1.0
 */
public final class CoprStubResetTestExecutionListener extends AbstractTestExecutionListener {

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE - 100;
    }

    @Override
    public void afterTestMethod(TestContext testContext) {
        if (!testContext.hasApplicationContext()) {
            return;
        }
        ApplicationContext context = testContext.getApplicationContext();
        if (ClassUtils.isPresent(CoprStubBusEnvironmentPostProcessor.BUS_CLASS, context.getClassLoader())) {
            BusDelivery.await(context);
        }
        context.getBeanProvider(CoprStub.class).orderedStream().forEach(CoprStub::reset);
    }
}
