package dev.copr.client.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import dev.copr.client.exception.CoprConfigException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassicConfigFileTokenStoreTest {

    private static final String OLD_TOKEN = "old-token-value-never-shown";
    private static final ApiToken RENEWED = new ApiToken("newLogin==##abc", "newTokenValue", LocalDate.of(2027, 6, 1));

    @TempDir
    Path dir;

    @Test
    void changesOnlyLoginTokenAndExpirationKeepingEveryOtherByte() throws IOException {
        String before = "# my Copr settings  \r\n"
                + "[copr-cli]\r\n"
                + "LOGIN :  oldLogin\r\n"
                + "username = jdoe\r\n"
                + "token=" + OLD_TOKEN + "\r\n"
                + "copr_url = https://copr.example.org\r\n"
                + "   # expiration date: 2026-12-01   \r\n"
                + "\r\n"
                + "; commentaire accentué\n"
                + "[other]\n"
                + "token = notTheCoprCliToken\n"
                + "login = notTheCoprCliLogin";
        Path file = write(before);

        new ClassicConfigFileTokenStore(file).save(RENEWED);

        String after = "# my Copr settings  \r\n"
                + "[copr-cli]\r\n"
                + "LOGIN :  newLogin==##abc\r\n"
                + "username = jdoe\r\n"
                + "token=newTokenValue\r\n"
                + "copr_url = https://copr.example.org\r\n"
                + "   # expiration date: 2027-06-01   \r\n"
                + "\r\n"
                + "; commentaire accentué\n"
                + "[other]\n"
                + "token = notTheCoprCliToken\n"
                + "login = notTheCoprCliLogin";
        assertThat(Files.readAllBytes(file)).isEqualTo(after.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void rewrittenFileReadsBackTheRenewedCredentialsAndExpiration() throws IOException {
        Path file = write(webUiFile());

        new ClassicConfigFileTokenStore(file).save(new ApiToken("login%x", "newTokenValue", LocalDate.of(2027, 6, 1)));

        ClassicConfigFile read = ClassicConfigFile.read(file);
        assertThat(read.login()).isEqualTo("login%x");
        assertThat(read.token()).isEqualTo("newTokenValue");
        assertThat(read.tokenExpiration()).isEqualTo(LocalDate.of(2027, 6, 1));
    }

    @Test
    void addsTheExpirationCommentBelowTheTokenWhenMissing() throws IOException {
        Path file = write("[copr-cli]\nlogin = oldLogin\ntoken = " + OLD_TOKEN + "\ncopr_url = https://copr.example.org\n");

        new ClassicConfigFileTokenStore(file).save(RENEWED);

        assertThat(Files.readString(file)).isEqualTo("[copr-cli]\nlogin = newLogin==##abc\ntoken = newTokenValue\n"
                + "# expiration date: 2027-06-01\ncopr_url = https://copr.example.org\n");
    }

    @Test
    void keepsThePreviousFileAsBackup() throws IOException {
        Path file = write(webUiFile());
        ClassicConfigFileTokenStore store = new ClassicConfigFileTokenStore(file);

        store.save(RENEWED);

        assertThat(store.backupPath()).isEqualTo(dir.resolve("copr.bak"));
        assertThat(Files.readString(store.backupPath())).isEqualTo(webUiFile());
    }

    @Test
    void fileAndBackupStayOwnerOnly() throws IOException {
        Path file = write(webUiFile());
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        ClassicConfigFileTokenStore store = new ClassicConfigFileTokenStore(file);

        store.save(RENEWED);

        Set<PosixFilePermission> ownerOnly = PosixFilePermissions.fromString("rw-------");
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(ownerOnly);
        assertThat(Files.getPosixFilePermissions(store.backupPath())).isEqualTo(ownerOnly);
    }

    @Test
    void savedIsWhatTheFileHoldsNow() throws IOException {
        Path file = write(webUiFile());
        ClassicConfigFileTokenStore store = new ClassicConfigFileTokenStore(file);
        assertThat(store.saved()).contains(new ApiToken("oldLogin", OLD_TOKEN, LocalDate.of(2026, 12, 1)));

        Files.writeString(file, webUiFile().replace(OLD_TOKEN, "tokenOfAnotherProcess"));

        assertThat(store.saved())
                .contains(new ApiToken("oldLogin", "tokenOfAnotherProcess", LocalDate.of(2026, 12, 1)));
    }

    @Test
    void locksAnOwnerOnlyFileBesideTheFileAndKeepsIt() throws IOException {
        Path file = write(webUiFile());
        ClassicConfigFileTokenStore store = new ClassicConfigFileTokenStore(file);

        boolean heldWhileRunning = store.exclusively(() -> isLocked(dir.resolve("copr.lock")));

        assertThat(heldWhileRunning).isTrue();
        assertThat(store.lockPath()).isEqualTo(dir.resolve("copr.lock")).isRegularFile();
        assertThat(isLocked(store.lockPath())).isFalse();
        assertThat(Files.getPosixFilePermissions(store.lockPath()))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));
    }

    @Test
    void refusesALockFileThatIsASymbolicLinkNamingIt() throws IOException {
        Path file = write(webUiFile());
        Path elsewhere = dir.resolve("elsewhere");
        Files.createSymbolicLink(dir.resolve("copr.lock"), elsewhere);
        ClassicConfigFileTokenStore store = new ClassicConfigFileTokenStore(file);

        assertThatThrownBy(() -> store.exclusively(() -> fail("ran without the lock")))
                .isInstanceOf(CoprConfigException.class)
                .hasMessageContaining(dir.resolve("copr.lock").toString());
        assertThat(elsewhere).doesNotExist();
    }

    @Test
    void failureBetweenWriteAndRenameLeavesTheOldFileIntact() throws IOException {
        Path file = write(webUiFile());
        ClassicConfigFileTokenStore store = new ClassicConfigFileTokenStore(file, (source, target) -> {
            if (target.equals(file.toRealPath())) {
                assertThat(Files.readString(source)).contains("newTokenValue");
                throw new IOException("simulated crash before rename");
            }
            Files.move(source, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        });

        assertThatThrownBy(() -> store.save(RENEWED))
                .isInstanceOf(CoprConfigException.class)
                .hasMessageContaining("simulated crash before rename")
                .hasMessageContaining("left unchanged")
                .message().doesNotContain("newTokenValue").doesNotContain(OLD_TOKEN);
        assertThat(Files.readString(file)).isEqualTo(webUiFile());
        assertThat(ClassicConfigFile.read(file).token()).isEqualTo(OLD_TOKEN);
        assertThat(filesIn(dir)).containsExactlyInAnyOrder("copr", "copr.bak");
    }

    @Test
    void failureWhileWritingTheBackupLeavesTheOldFileIntact() throws IOException {
        Path file = write(webUiFile());
        ClassicConfigFileTokenStore store = new ClassicConfigFileTokenStore(file, (source, target) -> {
            throw new IOException("simulated crash");
        });

        assertThatThrownBy(() -> store.save(RENEWED)).isInstanceOf(CoprConfigException.class);
        assertThat(Files.readString(file)).isEqualTo(webUiFile());
        assertThat(filesIn(dir)).containsExactly("copr");
    }

    @Test
    void rewritesTheTargetOfASymbolicLink() throws IOException {
        Path real = Files.createDirectory(dir.resolve("dotfiles")).resolve("copr");
        Files.writeString(real, webUiFile());
        Path link = Files.createSymbolicLink(dir.resolve("copr-link"), real);

        new ClassicConfigFileTokenStore(link).save(RENEWED);

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(ClassicConfigFile.read(real).token()).isEqualTo("newTokenValue");
        assertThat(real.resolveSibling("copr.bak")).exists();
    }

    @Test
    void checkWritableRefusesAMissingFile() {
        Path absent = dir.resolve("absent");

        assertThatThrownBy(() -> new ClassicConfigFileTokenStore(absent).checkWritable())
                .isInstanceOf(CoprConfigException.class)
                .hasMessageContaining(absent.toString())
                .hasMessageContaining("is missing");
    }

    @Test
    void checkWritableRefusesAFileWithoutTokenLine() throws IOException {
        Path file = write("[copr-cli]\ncopr_url = https://copr.example.org\n");

        assertThatThrownBy(() -> new ClassicConfigFileTokenStore(file).checkWritable())
                .isInstanceOf(CoprConfigException.class)
                .hasMessageContaining("no 'login' and 'token' line");
    }

    @Test
    void checkWritableAcceptsTheWebUiFile() throws IOException {
        Path file = write(webUiFile());

        new ClassicConfigFileTokenStore(file).checkWritable();

        assertThat(Files.readString(file)).isEqualTo(webUiFile());
    }

    @Test
    void refusesAValueThatCannotBeWrittenAsIs() throws IOException {
        Path file = write(webUiFile());

        assertThatThrownBy(() -> new ClassicConfigFileTokenStore(file).save(new ApiToken("login", "two words", null)))
                .isInstanceOf(CoprConfigException.class)
                .hasMessageContaining("token")
                .message().doesNotContain("two words");
        assertThat(Files.readString(file)).isEqualTo(webUiFile());
    }

    private static String webUiFile() {
        return """
                [copr-cli]
                login = oldLogin
                username = jdoe
                token = %s
                copr_url = https://copr.example.org
                # expiration date: 2026-12-01
                """.formatted(OLD_TOKEN);
    }

    private Path write(String content) throws IOException {
        return Files.write(dir.resolve("copr"), content.getBytes(StandardCharsets.UTF_8));
    }

    /** Whether this JVM holds a lock on the file (the JVM refuses a second one instead of waiting). */
    private static boolean isLocked(Path file) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.tryLock().release();
            return false;
        } catch (OverlappingFileLockException held) {
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> filesIn(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(file -> file.getFileName().toString()).collect(java.util.stream.Collectors.toSet());
        }
    }
}
