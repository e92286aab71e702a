package dev.copr.test.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copr.test.CoprStub;
import dev.copr.test.CoprStubUser;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class CoprStubExtensionTest {

    @RegisterExtension
    static CoprStubExtension copr = CoprStubExtension.configured(stub -> stub.user(CoprStubUser.named("bob"))
            .mockChroots("fedora-rawhide-x86_64"));

    private static CoprStub shared;

    @BeforeAll
    static void start(CoprStub stub) {
        shared = stub;
    }

    @Test
    void registeredExtensionAppliesItsSettings(CoprStub stub) {
        assertThat(stub.user("bob").login()).isEqualTo("bob-login");
        assertThat(stub.client().mockChroots().getList()).containsOnlyKeys("fedora-rawhide-x86_64");
    }

    @Test
    void stubInjectedIntoBeforeAllIsSharedByTheClass(CoprStub stub) {
        assertThat(stub).isSameAs(shared);
    }
}
