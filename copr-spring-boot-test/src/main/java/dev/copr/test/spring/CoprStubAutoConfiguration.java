package dev.copr.test.spring;

import dev.copr.test.CoprStub;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Starts a {@link CoprStub} as a bean when {@code copr.stub.enabled} is true (as
 * {@link AutoConfigureCoprStub} sets it in tests, or a profile of an application); it is closed
 * with the context.
 *
 * @since 0.1.0
 */
@AutoConfiguration(before = CoprStubConnectionDetailsAutoConfiguration.class)
@ConditionalOnBooleanProperty("copr.stub.enabled")
@EnableConfigurationProperties(CoprStubProperties.class)
public final class CoprStubAutoConfiguration {

    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    CoprStub coprStub(CoprStubProperties properties) {
        return CoprStub.builder().buildProgression(properties.getBuildProgression())
                .timedStep(properties.getTimedStep()).start();
    }
}
