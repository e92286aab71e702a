package dev.copr.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** Start-up says in one INFO line which Copr the application talks to and as whom, never with what token. */
@ExtendWith(OutputCaptureExtension.class)
class CoprStartupLogTest {

    private static final String TOKEN = "tok3n-value-never-shown";

    @TempDir
    Path home;

    private ApplicationContextRunner runner() {
        return new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(CoprAutoConfiguration.class))
                .withPropertyValues("HOME=" + home);
    }

    @Test
    void namesTheFileTheCredentialsCameFromAndTheUser(CapturedOutput output) throws IOException {
        Path file = writeDefaultFile("login = fileLogin\ntoken = " + TOKEN + "\nusername = jdoe\n"
                + "# expiration date: 2027-05-01\n");

        runner().run(context -> assertThat(context).hasNotFailed());

        assertThat(output).contains("INFO", "Copr at https://copr.fedorainfracloud.org, credentials from " + file
                + ", user jdoe, token valid until 2027-05-01").doesNotContain(TOKEN, "fileLogin");
    }

    @Test
    void namesThePropertiesWhenTheyHoldTheCredentials(CapturedOutput output) {
        runner().withPropertyValues("copr.login=propLogin", "copr.token=" + TOKEN).run(context ->
                assertThat(context).hasNotFailed());

        assertThat(output).contains("credentials from properties copr.login and copr.token")
                .doesNotContain(TOKEN, "propLogin");
    }

    @Test
    void namesTheEnvironmentVariableTheTokenCameFrom(CapturedOutput output) {
        Map<String, Object> variables = Map.of("HOME", home.toString(), "COPR_LOGIN", "envLogin", "COPR_TOKEN", TOKEN);
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                        variables));

        new SpringApplicationBuilder(App.class).web(WebApplicationType.NONE).environment(environment).run().close();

        assertThat(output).contains("credentials from properties copr.login and copr.token"
                + " (copr.token from System Environment Property \"COPR_TOKEN\")").doesNotContain(TOKEN, "envLogin");
    }

    @Test
    void missingDefaultFileSaysAnonymousAndThatNoFileWasFound(CapturedOutput output) {
        runner().run(context -> assertThat(context).hasNotFailed());

        assertThat(output).contains("Copr at https://copr.fedorainfracloud.org, anonymous: no "
                + home.resolve(".config/copr") + " found");
    }

    @Test
    void gssapiWithoutTokenWarnsThatKerberosIsNotSupported(CapturedOutput output) throws IOException {
        writeDefaultFile("username = jdoe\ngssapi = true\n");

        runner().run(context -> assertThat(context).hasNotFailed());

        assertThat(output).contains("WARN").contains("GSSAPI (Kerberos) authentication is not supported")
                .contains("anonymous: " + home.resolve(".config/copr") + " holds no token");
    }

    @Configuration(proxyBeanMethods = false)
    @ImportAutoConfiguration(CoprAutoConfiguration.class)
    static class App {
    }

    private Path writeDefaultFile(String keys) throws IOException {
        Path file = home.resolve(".config/copr");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "[copr-cli]\n" + keys);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        return file;
    }
}
