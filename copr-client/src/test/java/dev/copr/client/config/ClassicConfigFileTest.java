package dev.copr.client.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.copr.client.exception.CoprConfigException;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassicConfigFileTest {

    private static final String TOKEN = "tok3n-value-never-shown";

    @TempDir
    Path dir;

    @Test
    void readsTheFileCoprWebUiWrites() throws IOException {
        Path file = write("""
                [copr-cli]
                login = apiLoginXyz
                username = jdoe
                token = %s
                copr_url = https://copr.example.org
                # expiration date: 2027-05-01
                """.formatted(TOKEN));

        ClassicConfigFile config = ClassicConfigFile.read(file);

        assertThat(config.present()).isTrue();
        assertThat(config.url()).isEqualTo(URI.create("https://copr.example.org"));
        assertThat(config.login()).isEqualTo("apiLoginXyz");
        assertThat(config.username()).isEqualTo("jdoe");
        assertThat(config.token()).isEqualTo(TOKEN);
        assertThat(config.gssapi()).isNull();
        assertThat(config.encrypted()).isTrue();
        assertThat(config.toConfig().login()).isEqualTo("apiLoginXyz");
        assertThat(config.tokenExpiration()).isEqualTo(LocalDate.of(2027, 5, 1));
        assertThat(config.toConfig().tokenExpiration()).isEqualTo(LocalDate.of(2027, 5, 1));
    }

    @Test
    void expirationIsUnknownWithoutTheComment() throws IOException {
        Path file = write("[copr-cli]\nlogin = apiLoginXyz\ntoken = " + TOKEN + "\n# a comment\n");

        assertThat(ClassicConfigFile.read(file).tokenExpiration()).isNull();
    }

    @Test
    void expirationPlaceholderOfTheLoggedOutWebUiIsNoDate() throws IOException {
        Path file = write("[copr-cli]\nlogin = LOGIN_TO_REVEAL\ntoken = LOGIN_TO_REVEAL\n"
                + "# expiration date: LOGIN_TO_REVEAL\n");

        assertThat(ClassicConfigFile.read(file).tokenExpiration()).isNull();
    }

    @Test
    void expirationCommentIsReadInAnySpelling() throws IOException {
        Path file = write("[copr-cli]\nlogin = apiLoginXyz\ntoken = " + TOKEN + "\n  ;Expiration Date:2026-12-24  \n");

        assertThat(ClassicConfigFile.read(file).tokenExpiration()).isEqualTo(LocalDate.of(2026, 12, 24));
    }

    @Test
    void missingFileAtDefaultLocationMeansAnonymousPublicInstance() {
        ClassicConfigFile config = ClassicConfigFile.readIfPresent(dir.resolve("absent"));

        assertThat(config.present()).isFalse();
        assertThat(config.url()).isEqualTo(CoprConfig.DEFAULT_URL);
        assertThat(config.toConfig().hasCredentials()).isFalse();
    }

    @Test
    void defaultPathIsUnderHomeWhenTheVariableIsSet() {
        Map<String, String> environment = Map.of("HOME", dir.toString());

        assertThat(ClassicConfigFile.defaultPath(environment::get)).isEqualTo(dir.resolve(".config/copr"));
    }

    @Test
    void defaultPathFallsBackToUserHomeWithoutTheVariable() {
        Map<String, String> environment = Map.of();

        assertThat(ClassicConfigFile.defaultPath(environment::get))
                .isEqualTo(Path.of(System.getProperty("user.home"), ".config", "copr"));
    }

    @Test
    void tildeIsExpandedToHomeAsPythonDoes() {
        Map<String, String> environment = Map.of("HOME", dir.toString());

        assertThat(ClassicConfigFile.expandHome("~", environment::get)).isEqualTo(dir);
        assertThat(ClassicConfigFile.expandHome("~/copr/dev.conf", environment::get))
                .isEqualTo(dir.resolve("copr/dev.conf"));
        assertThat(ClassicConfigFile.expandHome("/etc/copr", environment::get)).isEqualTo(Path.of("/etc/copr"));
        assertThat(ClassicConfigFile.expandHome("~other/copr", environment::get)).isEqualTo(Path.of("~other/copr"));
    }

    @Test
    void missingExplicitFileNamesThePath() {
        Path absent = dir.resolve("my-copr.conf");

        assertThatThrownBy(() -> ClassicConfigFile.read(absent))
                .isInstanceOf(CoprConfigException.class)
                .hasMessageContaining(absent.toString())
                .hasMessageContaining("is missing");
    }

    @Test
    void fileWithoutCoprCliSectionNamesFileAndSection() throws IOException {
        Path file = write("[other]\nlogin = x\n");

        assertThatThrownBy(() -> ClassicConfigFile.read(file))
                .isInstanceOf(CoprConfigException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("[copr-cli]");
    }

    @Test
    void malformedLineNamesFileAndLineButNotItsContent() throws IOException {
        Path file = write("[copr-cli]\nlogin = x\ntoken " + TOKEN + "\n");

        assertThatThrownBy(() -> ClassicConfigFile.read(file))
                .isInstanceOf(CoprConfigException.class)
                .hasMessageContaining(file + ", line 3")
                .message().doesNotContain(TOKEN);
    }

    @Test
    void keyBeforeAnySectionNamesTheLine() throws IOException {
        Path file = write("login = x\n[copr-cli]\n");

        assertThatThrownBy(() -> ClassicConfigFile.read(file))
                .isInstanceOf(CoprConfigException.class)
                .hasMessageContaining(file + ", line 1")
                .hasMessageContaining("[copr-cli]");
    }

    @Test
    void encryptedWithPlainHttpUrlIsRefused() throws IOException {
        Path file = write("[copr-cli]\ncopr_url = http://copr.example.org\n");

        assertThatThrownBy(() -> ClassicConfigFile.read(file))
                .isInstanceOf(CoprConfigException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("copr_url")
                .hasMessageContaining("encrypted = False");
    }

    @Test
    void badCoprUrlIsRefusedWithoutItsUserInfo() throws IOException {
        Path invalid = write("[copr-cli]\ncopr_url = https://user:s3[cret@copr.example.org\n");
        assertThatThrownBy(() -> ClassicConfigFile.read(invalid)).isInstanceOf(CoprConfigException.class)
                .hasMessageStartingWith(invalid + ": copr_url 'https://****@copr.example.org' is not a valid URL")
                .message().doesNotContain("s3");

        Path plainHttp = write("[copr-cli]\ncopr_url = http://user:s3cret@copr.example.org\n");
        assertThatThrownBy(() -> ClassicConfigFile.read(plainHttp)).isInstanceOf(CoprConfigException.class)
                .hasMessageStartingWith(plainHttp + ": copr_url http://****@copr.example.org is plain http")
                .message().doesNotContain("s3");
    }

    @Test
    void userInfoOfCoprUrlIsNeitherShownNorUsed() throws IOException {
        ClassicConfigFile file = ClassicConfigFile.read(
                write("[copr-cli]\ncopr_url = https://user:s3cret@copr.example.org\n"));

        assertThat(file.toString()).contains("url=https://****@copr.example.org").doesNotContain("s3cret");
        assertThatThrownBy(file::toConfig).isInstanceOf(CoprConfigException.class).message().doesNotContain("s3cret");
    }

    @Test
    void plainHttpIsAllowedWhenNotEncrypted() throws IOException {
        Path file = write("[copr-cli]\ncopr_url = http://localhost:5000\nencrypted = False\n");

        ClassicConfigFile config = ClassicConfigFile.read(file);

        assertThat(config.encrypted()).isFalse();
        assertThat(config.url()).isEqualTo(URI.create("http://localhost:5000"));
    }

    @Test
    void invalidBooleanNamesTheKey() throws IOException {
        Path file = write("[copr-cli]\ngssapi = maybe\n");

        assertThatThrownBy(() -> ClassicConfigFile.read(file))
                .isInstanceOf(CoprConfigException.class)
                .hasMessageContaining("'gssapi'")
                .hasMessageContaining("maybe");
    }

    @Test
    void followsConfigparserSyntax() throws IOException {
        Path file = write("""
                ; a comment
                [DEFAULT]
                host = copr.example.org

                [copr-cli]
                LOGIN: apiLogin
                copr_url = https://%(host)s
                username = 100%%
                token = TOKEN
                gssapi = yes
                """.replace("TOKEN", TOKEN));

        ClassicConfigFile config = ClassicConfigFile.read(file);

        assertThat(config.login()).isEqualTo("apiLogin");
        assertThat(config.url()).isEqualTo(URI.create("https://copr.example.org"));
        assertThat(config.username()).isEqualTo("100%");
        assertThat(config.gssapi()).isTrue();
    }

    @Test
    void lonePercentSignIsABadFile() throws IOException {
        Path file = write("[copr-cli]\nusername = 100%\n");

        assertThatThrownBy(() -> ClassicConfigFile.read(file))
                .isInstanceOf(CoprConfigException.class)
                .hasMessageContaining(file + ", line 2")
                .hasMessageContaining("'username'");
    }

    @Test
    void duplicateKeyIsRefused() throws IOException {
        Path file = write("[copr-cli]\nlogin = a\nlogin = b\n");

        assertThatThrownBy(() -> ClassicConfigFile.read(file))
                .isInstanceOf(CoprConfigException.class)
                .hasMessageContaining(file + ", line 3")
                .hasMessageContaining("'login'");
    }

    @Test
    void tokenWithoutLoginNamesTheFile() throws IOException {
        Path file = write("[copr-cli]\ntoken = " + TOKEN + "\n");

        assertThatThrownBy(() -> ClassicConfigFile.read(file).toConfig())
                .isInstanceOf(CoprConfigException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("login is empty")
                .message().doesNotContain(TOKEN);
    }

    @Test
    void toStringHidesCredentials() throws IOException {
        Path file = write("[copr-cli]\nlogin = apiLoginXyz\ntoken = " + TOKEN + "\n");

        ClassicConfigFile config = ClassicConfigFile.read(file);

        assertThat(config.toString()).doesNotContain(TOKEN).doesNotContain("apiLoginXyz");
        assertThat(config.toConfig().toString()).doesNotContain(TOKEN).doesNotContain("apiLoginXyz");
    }

    private Path write(String content) throws IOException {
        Path file = dir.resolve("copr");
        Files.writeString(file, content);
        return file;
    }
}
