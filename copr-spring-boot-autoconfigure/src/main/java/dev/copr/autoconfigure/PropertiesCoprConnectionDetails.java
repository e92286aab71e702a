package dev.copr.autoconfigure;

import dev.copr.client.config.ClassicConfigFile;
import dev.copr.client.config.CoprConfig;
import dev.copr.client.config.RedactedUrl;
import dev.copr.client.exception.CoprConfigException;

import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * {@link CoprConnectionDetails} from {@code copr.*} properties, each unset one taken from the
 * classic config file, key by key. The file's {@code # expiration date:} comment is used only when
 * the token comes from the file too.
 */
final class PropertiesCoprConnectionDetails implements CoprConnectionDetails {

    /** Value of {@code copr.config-file} that ignores the classic file. */
    static final String NO_CONFIG_FILE = "none";

    private final URI url;
    private final @Nullable String login;
    private final @Nullable String token;
    private final @Nullable String username;
    private final @Nullable LocalDate tokenExpiration;
    private final @Nullable Path tokenFile;
    private final String source;
    private final String credentialsOrigin;

    /**
     * @param environment where {@code HOME} is looked up for {@code ~} and the default file, as
     *                    python-copr does; Spring's {@code Environment::getProperty} in an application
     * @param origins where a property was set (a file and line, an environment variable)
     */
    PropertiesCoprConnectionDetails(CoprProperties properties, Function<String, @Nullable String> environment,
                                    Function<String, @Nullable String> origins) {
        checkResolved("copr.login", properties.getLogin());
        checkResolved("copr.token", properties.getToken());
        checkResolved("copr.username", properties.getUsername());
        checkResolved("copr.config-file", properties.getConfigFile());
        ClassicConfigFile file = classicFile(properties.getConfigFile(), environment);
        this.url = properties.getUrl() != null ? properties.getUrl()
                : file != null ? file.url() : CoprConfig.DEFAULT_URL;
        this.login = firstSet(properties.getLogin(), file == null ? null : file.login());
        this.token = firstSet(properties.getToken(), file == null ? null : file.token());
        this.username = firstSet(properties.getUsername(), file == null ? null : file.username());
        this.source = file != null && file.present() ? "copr.* properties and " + file.path() : "copr.* properties";
        if (token != null && login == null) {
            throw new CoprConfigException("copr.token is set but copr.login is empty (read from " + source
                    + "): set both, or neither for anonymous access");
        }
        if (login != null && token == null) {
            throw new CoprConfigException("copr.login is set but copr.token is empty (read from " + source
                    + "): set both, or neither for anonymous access");
        }
        ClassicConfigFile tokenSource = file != null && file.present() && token != null
                && !isSet(properties.getToken()) && !isSet(properties.getLogin()) ? file : null;
        this.tokenFile = tokenSource == null ? null : tokenSource.path();
        this.tokenExpiration = properties.getTokenExpiration() != null ? properties.getTokenExpiration()
                : tokenSource == null ? null : tokenSource.tokenExpiration();
        this.credentialsOrigin = credentialsOrigin(file, properties, tokenFile, origins.apply("copr.token"));
    }

    /**
     * Boot leaves a placeholder it cannot resolve as it is; sent as a login or token it would only
     * fail later as an authentication error. The value itself is never part of the message.
     */
    private static void checkResolved(String property, @Nullable String value) {
        if (value != null && value.contains("${")) {
            throw new CoprConfigException(property + " holds an unresolved placeholder ('${' is still in its value):"
                    + " set the variable it names, or write it with an empty default, e.g. ${COPR_TOKEN:}, so that"
                    + " an unset variable falls back to the classic config file");
        }
    }

    /** Called once login and token are known to be both set or both unset. */
    private String credentialsOrigin(@Nullable ClassicConfigFile file, CoprProperties properties,
                                     @Nullable Path tokenFile, @Nullable String tokenOrigin) {
        if (token == null) {
            return file == null ? "copr.config-file=none and no copr.login or copr.token" : file.credentialsOrigin();
        }
        if (tokenFile != null) {
            return tokenFile.toString();
        }
        String where = file == null || isSet(properties.getLogin()) && isSet(properties.getToken())
                ? "properties copr.login and copr.token" : "copr.* properties and " + file.path();
        return tokenOrigin == null ? where : where + " (copr.token from " + tokenOrigin + ")";
    }

    private static @Nullable ClassicConfigFile classicFile(@Nullable String configFile,
                                                           Function<String, @Nullable String> environment) {
        if (configFile == null || configFile.isBlank()) {
            return ClassicConfigFile.readIfPresent(ClassicConfigFile.defaultPath(environment));
        }
        if (NO_CONFIG_FILE.equalsIgnoreCase(configFile.strip())) {
            return null;
        }
        return ClassicConfigFile.read(ClassicConfigFile.expandHome(configFile.strip(), environment));
    }

    private static @Nullable String firstSet(@Nullable String property, @Nullable String fromFile) {
        return isSet(property) ? property : fromFile;
    }

    private static boolean isSet(@Nullable String property) {
        return property != null && !property.isBlank();
    }

    @Override
    public @Nullable Path getTokenFile() {
        return tokenFile;
    }

    @Override
    public String getCredentialsOrigin() {
        return credentialsOrigin;
    }

    @Override
    public String getSource() {
        return source;
    }

    @Override
    public URI getUrl() {
        return url;
    }

    @Override
    public @Nullable String getLogin() {
        return login;
    }

    @Override
    public @Nullable String getToken() {
        return token;
    }

    @Override
    public @Nullable String getUsername() {
        return username;
    }

    @Override
    public @Nullable LocalDate getTokenExpiration() {
        return tokenExpiration;
    }

    @Override
    public String toString() {
        return "PropertiesCoprConnectionDetails[url=" + RedactedUrl.of(url)
                + ", credentials=" + (token == null ? "none" : "****")
                + ", username=" + username + ", source=" + source + "]";
    }
}
