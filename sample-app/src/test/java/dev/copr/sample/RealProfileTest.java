package dev.copr.sample;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copr.client.CoprClient;
import dev.copr.test.CoprStub;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The "real" profile switches the stub off and takes the Copr instance from python-copr's config file. */
@SpringBootTest(properties = "sample.tour=false")
@ActiveProfiles("real")
class RealProfileTest {

    @DynamicPropertySource
    static void classicConfigFile(DynamicPropertyRegistry registry) {
        try {
            Path file = Files.createTempFile("copr", ".conf");
            file.toFile().deleteOnExit();
            Files.writeString(file, """
                    [copr-cli]
                    login = realLogin
                    username = jdoe
                    token = realToken
                    copr_url = https://copr.example.org
                    """);
            registry.add("copr.config-file", file::toString);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Autowired
    CoprClient copr;

    @Autowired
    ObjectProvider<CoprStub> stub;

    @Test
    void usesTheConfiguredCoprAndNoStub() {
        assertThat(stub.getIfAvailable()).isNull();
        assertThat(copr.config().url()).isEqualTo(URI.create("https://copr.example.org"));
        assertThat(copr.authUsername()).isEqualTo("jdoe");
    }
}
