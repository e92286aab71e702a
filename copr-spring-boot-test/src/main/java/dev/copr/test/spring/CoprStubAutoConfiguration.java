package dev.copr.test.spring;

import dev.copr.test.BusPublisher;
import dev.copr.test.CoprStub;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Starts a {@link CoprStub} as a bean when {@code copr.stub.enabled} is true (as
 * {@link AutoConfigureCoprStub} sets it in tests, or a profile of an application); it is closed
 * with the context. A {@link BusPublisher} bean, such as the one of {@code copr.stub.events}, gets
 * the stub's bus messages.
 *
 * @since 0.1.0
 */
@AutoConfiguration(before = CoprStubConnectionDetailsAutoConfiguration.class)
@ConditionalOnBooleanProperty("copr.stub.enabled")
@EnableConfigurationProperties(CoprStubProperties.class)
public final class CoprStubAutoConfiguration {

    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    CoprStub coprStub(CoprStubProperties properties, ObjectProvider<BusPublisher> busPublisher) {
        CoprStub.Builder stub = CoprStub.builder().buildProgression(properties.getBuildProgression())
                .timedStep(properties.getTimedStep());
        properties.getChrootOutcomes().forEach(stub::chrootOutcome);
        BusPublisher publisher = busPublisher.getIfUnique();
        if (publisher != null) {
            stub.busPublisher(publisher);
        } else if (properties.isEvents()) {
            throw new IllegalStateException("copr.stub.events=true publishes the stub's events to an embedded bus,"
                    + " which needs dev.copr:copr-test-bus and org.springframework.amqp:spring-rabbit on the class"
                    + " path: add them, or set copr.stub.events=false");
        }
        return stub.start();
    }
}
