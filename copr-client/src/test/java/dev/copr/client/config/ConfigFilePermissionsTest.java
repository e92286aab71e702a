package dev.copr.client.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

/** The ssh-like warning about a classic config file other users can read. */
class ConfigFilePermissionsTest {

    private static final String TOKEN = "tok3n-value-never-shown";

    @TempDir
    Path dir;

    private final Logger logger = (Logger) LoggerFactory.getLogger(ConfigFilePermissions.class);
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    @BeforeEach
    void captureWarnings() {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX file system");
        appender.start();
        logger.addAppender(appender);
    }

    @AfterEach
    void stopCapturing() {
        logger.detachAppender(appender);
    }

    @Test
    void warnsOnceWhenAFileHoldingATokenIsReadableByOthers() throws IOException {
        Path file = write("rw-r--r--", "[copr-cli]\nlogin = apiLoginXyz\ntoken = " + TOKEN + "\n");

        ClassicConfigFile.read(file);
        ClassicConfigFile.read(file);

        assertThat(appender.list).singleElement().satisfies(event -> {
            assertThat(event.getLevel()).isEqualTo(Level.WARN);
            assertThat(event.getFormattedMessage()).contains("Copr config file " + file)
                    .contains("rw-r--r--").endsWith("run chmod 600 " + file).doesNotContain(TOKEN);
        });
    }

    @Test
    void warnsWhenOnlyTheGroupCanReadIt() throws IOException {
        ClassicConfigFile.read(write("rw-r-----", "[copr-cli]\nlogin = apiLoginXyz\ntoken = " + TOKEN + "\n"));

        assertThat(appender.list).singleElement().extracting(ILoggingEvent::getLevel).isEqualTo(Level.WARN);
    }

    @Test
    void staysQuietForAFileOnlyItsOwnerCanRead() throws IOException {
        ClassicConfigFile.read(write("rw-------", "[copr-cli]\nlogin = apiLoginXyz\ntoken = " + TOKEN + "\n"));

        assertThat(appender.list).isEmpty();
    }

    @Test
    void staysQuietForAFileWithoutAToken() throws IOException {
        ClassicConfigFile.read(write("rw-r--r--", "[copr-cli]\ncopr_url = https://copr.example.org\n"));

        assertThat(appender.list).isEmpty();
    }

    private Path write(String permissions, String content) throws IOException {
        Path file = Files.writeString(dir.resolve("copr"), content);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(permissions));
        return file;
    }
}
