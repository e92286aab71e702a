package dev.copr.sample;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copr.autoconfigure.CoprAutoConfiguration;
import dev.copr.autoconfigure.CoprProperties;
import dev.copr.client.CoprClient;
import dev.copr.client.config.CoprConfig;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.ByteArrayResource;

/**
 * The examples of the README and of the chapters in docs/ are real: each file's Java blocks compile against the
 * library, and the README's YAML binds to the documented properties.
 */
class DocumentationExamplesTest {

    private static final Pattern CLASS_NAME = Pattern.compile("(?m)^(?:public )?class (\\w+)");

    @TempDir
    Path output;

    @Test
    void readmeShowsAPlainJavaAndASpringBootExample() {
        assertThat(Documentation.codeBlocks(Documentation.README, "java")).hasSize(2);
        assertThat(Documentation.codeBlocks(Documentation.README, "yaml")).hasSize(1);
    }

    @Test
    void theChaptersWithExamplesAreAllCompiled() {
        assertThat(filesWithJavaExamples()).map(Documentation::name).contains("README.md", "docs/client.md",
                "docs/spring-boot.md", "docs/events.md", "docs/testing.md");
    }

    /** Each file on its own, so that two chapters may show the same class and a failure names its file. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("filesWithJavaExamples")
    void javaExamplesCompileAgainstTheLibrary(Path file) throws IOException {
        String name = Documentation.name(file);
        List<JavaFileObject> sources = new ArrayList<>();
        for (String code : Documentation.codeBlocks(file, "java")) {
            Matcher className = CLASS_NAME.matcher(code);
            assertThat(className.find()).as("a Java example of %s declares a class:%n%s", name, code).isTrue();
            sources.add(new SimpleJavaFileObject(URI.create("string:///" + className.group(1) + ".java"),
                    JavaFileObject.Kind.SOURCE) {
                @Override
                public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                    return code;
                }
            });
        }

        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        StringWriter diagnostics = new StringWriter();
        try (StandardJavaFileManager files = compiler.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8)) {
            boolean compiled = compiler.getTask(diagnostics, files, null, List.of("-d", output.toString(),
                    "-classpath", System.getProperty("java.class.path"), "-proc:none"), null, sources).call();
            assertThat(compiled).as("the Java examples of %s compile:%n%s", name, diagnostics).isTrue();
        }
    }

    static List<Path> filesWithJavaExamples() {
        return Documentation.files().stream()
                .filter(file -> !Documentation.codeBlocks(file, "java").isEmpty())
                .toList();
    }

    @Test
    void yamlExampleBindsToCoprProperties() throws IOException {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(variables(Map.of("COPR_LOGIN", "apiLogin", "COPR_TOKEN", "apiToken")));
        readmeYaml().forEach(environment.getPropertySources()::addFirst);

        CoprProperties properties = Binder.get(environment).bind("copr", CoprProperties.class).get();

        assertThat(properties.getUrl()).hasToString("https://copr.fedorainfracloud.org");
        assertThat(properties.getLogin()).isEqualTo("apiLogin");
        assertThat(properties.getUsername()).isEqualTo("jdoe");
        assertThat(properties.getReadTimeout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(properties.getRetry().getMaxAttempts()).isEqualTo(6);
    }

    @Test
    void yamlExampleSendsTheVariablesWhenTheyAreSet() throws IOException {
        Path home = classicFileHome();

        readmeApplication(home, Map.of("COPR_LOGIN", "envLogin", "COPR_TOKEN", "envToken")).run(context -> {
            CoprConfig config = context.getBean(CoprClient.class).config();
            assertThat(config.login()).isEqualTo("envLogin");
            assertThat(config.token()).isEqualTo("envToken");
        });
    }

    @Test
    void yamlExampleFallsBackToTheClassicFileWhenTheVariablesAreUnset() throws IOException {
        Path home = classicFileHome();

        readmeApplication(home, Map.of()).run(context -> {
            CoprConfig config = context.getBean(CoprClient.class).config();
            assertThat(config.login()).isEqualTo("fileLogin");
            assertThat(config.token()).isEqualTo("fileToken");
            assertThat(config.username()).isEqualTo("jdoe");
        });
    }

    /** An application with the README's YAML as it is, the given environment variables and home directory. */
    private static ApplicationContextRunner readmeApplication(Path home, Map<String, Object> variables) {
        return new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(CoprAutoConfiguration.class))
                .withInitializer(context -> {
                    MutablePropertySources sources = context.getEnvironment().getPropertySources();
                    try {
                        readmeYaml().forEach(sources::addFirst);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    Map<String, Object> environment = new HashMap<>(variables);
                    environment.put("HOME", home.toString());
                    sources.addFirst(variables(environment));
                });
    }

    private Path classicFileHome() throws IOException {
        Path file = output.resolve("home/.config/copr");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "[copr-cli]\nlogin = fileLogin\ntoken = fileToken\nusername = jdoe\n");
        return output.resolve("home");
    }

    /** Stands for the process environment, which placeholders and HOME are looked up in like any property. */
    private static PropertySource<?> variables(Map<String, Object> variables) {
        return new SystemEnvironmentPropertySource("readme-variables", variables);
    }

    private static List<PropertySource<?>> readmeYaml() throws IOException {
        return new YamlPropertySourceLoader().load("README.md", new ByteArrayResource(
                Documentation.codeBlocks(Documentation.README, "yaml").get(0).getBytes(StandardCharsets.UTF_8)));
    }
}
