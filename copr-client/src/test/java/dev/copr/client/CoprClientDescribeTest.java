package dev.copr.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copr.client.config.ClassicConfigFile;
import dev.copr.client.config.CoprConfig;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

class CoprClientDescribeTest {

    private static final String TOKEN = "tok3n-value-never-shown";

    private final Logger logger = (Logger) LoggerFactory.getLogger(ClassicConfigFile.class);
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    @TempDir
    Path dir;

    @BeforeEach
    void captureLogs() {
        appender.start();
        logger.addAppender(appender);
    }

    @AfterEach
    void releaseLogs() {
        logger.detachAppender(appender);
    }

    @Test
    void namesUrlFileUserAndExpiryButNeverTheCredentials() throws IOException {
        ClassicConfigFile file = ClassicConfigFile.read(write("""
                [copr-cli]
                login = apiLoginXyz
                username = jdoe
                token = %s
                copr_url = https://copr.example.org
                # expiration date: 2027-05-01
                """.formatted(TOKEN)));

        String description = client(file).describe();

        assertThat(description).isEqualTo("Copr at https://copr.example.org, credentials from " + file.path()
                + ", user jdoe, token valid until 2027-05-01").doesNotContain(TOKEN, "apiLoginXyz");
    }

    @Test
    void missingFileMeansAnonymousAndSaysSo() {
        ClassicConfigFile file = ClassicConfigFile.readIfPresent(dir.resolve("absent"));

        assertThat(client(file).describe())
                .isEqualTo("Copr at https://copr.fedorainfracloud.org, anonymous: no " + dir.resolve("absent") + " found");
    }

    @Test
    void configWithoutOriginSaysSo() {
        CoprConfig config = CoprConfig.builder().credentials("apiLoginXyz", TOKEN).tokenExpiration(LocalDate.of(2027, 1, 2))
                .build();

        assertThat(CoprClient.create(config).describe()).isEqualTo("Copr at https://copr.fedorainfracloud.org,"
                + " credentials from the CoprConfig, token valid until 2027-01-02");
    }

    @Test
    void gssapiWithoutTokenWarnsThatTheClientIsAnonymous() throws IOException {
        ClassicConfigFile file = ClassicConfigFile.read(write("[copr-cli]\nusername = jdoe\ngssapi = true\n"));

        assertThat(client(file).describe()).endsWith("anonymous: " + file.path() + " holds no token");
        assertThat(appender.list).singleElement().satisfies(event -> {
            assertThat(event.getLevel()).isEqualTo(Level.WARN);
            assertThat(event.getFormattedMessage()).contains("gssapi = true", "GSSAPI (Kerberos)", "not supported",
                    "anonymous");
        });
    }

    @Test
    void gssapiBesideATokenIsNotWarnedAbout() throws IOException {
        ClassicConfigFile.read(write("[copr-cli]\nlogin = apiLoginXyz\ntoken = " + TOKEN + "\ngssapi = true\n"));

        assertThat(appender.list).isEmpty();
    }

    private static CoprClient client(ClassicConfigFile file) {
        return CoprClient.builder(file.toConfig()).credentialsOrigin(file.credentialsOrigin()).build();
    }

    private Path write(String content) throws IOException {
        Path file = dir.resolve("copr");
        Files.writeString(file, content);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        return file;
    }
}
