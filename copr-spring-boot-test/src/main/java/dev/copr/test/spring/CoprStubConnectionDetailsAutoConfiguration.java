package dev.copr.test.spring;

import dev.copr.autoconfigure.CoprConnectionDetails;
import dev.copr.test.CoprStub;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Registers {@link CoprConnectionDetails} for a {@link CoprStub} bean, whoever declared it (this
 * module's {@link CoprStubAutoConfiguration} or the application, e.g. in a profile), so that the
 * auto-configured Copr client talks to the stub.
 *
 * @since 0.1.0
 */
@AutoConfiguration(beforeName = "dev.copr.autoconfigure.CoprAutoConfiguration")
@ConditionalOnClass(name = "dev.copr.autoconfigure.CoprConnectionDetails")
@ConditionalOnBean(CoprStub.class)
public final class CoprStubConnectionDetailsAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(CoprConnectionDetails.class)
    CoprStubConnectionDetails coprStubConnectionDetails(CoprStub stub) {
        return new CoprStubConnectionDetails(stub);
    }
}
