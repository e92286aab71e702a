package dev.copr.test.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copr.client.chroot.MockChrootProxy;
import dev.copr.test.CoprStub;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;

/** An application that declares its own stub (e.g. in a profile) is connected to it by auto-configuration alone. */
@SpringBootTest(properties = "copr.config-file=none")
class ApplicationStubBeanTest {

    @Autowired
    MockChrootProxy mockChroots;

    @Test
    void autoConfiguredClientUsesTheApplicationsStub() {
        assertThat(mockChroots.getList()).containsOnlyKeys("fedora-rawhide-x86_64");
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class App {

        @Bean(destroyMethod = "close")
        CoprStub coprStub() {
            return CoprStub.builder().mockChroots("fedora-rawhide-x86_64").start();
        }
    }
}
