package dev.copr.client.config;

import dev.copr.client.CoprClient;
import dev.copr.client.exception.CoprConfigException;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * python-copr's configuration file ({@code ~/.config/copr}, section {@code [copr-cli]}), read with
 * python-copr's {@code config_from_file} semantics.
 *
 * <p>A missing file at the default location means anonymous access to the public instance; a
 * missing file that was named explicitly is an error. With {@code encrypted} (default true) the
 * {@code copr_url} must not be plain {@code http://}. {@link #toString()} never shows the token. A file
 * holding a token that other users can read is warned about once, as ssh does.
 *
 * <p>Besides python-copr's keys it reads the {@code # expiration date: YYYY-MM-DD} comment that
 * Copr's web UI writes below the token: the last day the token is valid. {@link ClassicConfigFileTokenStore}
 * writes a renewed token back into the file.
 *
 * @param path the file that was read (or looked for)
 * @param present whether the file exists
 * @param url {@code copr_url}; the public instance when absent
 * @param login {@code login}, the API login; null when absent
 * @param token {@code token}; null when absent
 * @param username {@code username}; null when absent
 * @param gssapi {@code gssapi}; null when absent
 * @param encrypted {@code encrypted}; true when absent
 * @param tokenExpiration the date of the first {@code # expiration date:} comment; null when there is
 *                        none or it holds no date (e.g. {@code LOGIN_TO_REVEAL})
 * @since 0.1.0
 */
public record ClassicConfigFile(Path path, boolean present, URI url, @Nullable String login, @Nullable String token,
                                @Nullable String username, @Nullable Boolean gssapi, boolean encrypted,
                                @Nullable LocalDate tokenExpiration) {

    private static final Logger log = LoggerFactory.getLogger(ClassicConfigFile.class);

    /** The section python-copr reads. */
    public static final String SECTION = "copr-cli";

    /**
     * {@code ~/.config/copr}, where {@code ~} is the environment variable {@code HOME} when set, else
     * the {@code user.home} system property: python-copr's {@code os.path.expanduser}.
     */
    public static Path defaultPath() {
        return defaultPath(System::getenv);
    }

    /**
     * {@code ~/.config/copr} with {@code HOME} looked up in {@code environment} (e.g. Spring's
     * {@code Environment::getProperty}), else the {@code user.home} system property.
     */
    public static Path defaultPath(Function<String, @Nullable String> environment) {
        return home(environment).resolve(Path.of(".config", "copr"));
    }

    /**
     * The path a user wrote, with a leading {@code ~} or {@code ~/} replaced by the home directory
     * as in {@link #defaultPath(Function)}; python-copr's {@code os.path.expanduser}.
     */
    public static Path expandHome(String path, Function<String, @Nullable String> environment) {
        if (path.equals("~")) {
            return home(environment);
        }
        if (path.startsWith("~/")) {
            return home(environment).resolve(path.substring(2));
        }
        return Path.of(path);
    }

    private static Path home(Function<String, @Nullable String> environment) {
        String home = environment.apply("HOME");
        return Path.of(home == null || home.isBlank() ? System.getProperty("user.home") : home);
    }

    /** Reads {@link #defaultPath()}; a missing file gives the defaults (public instance, anonymous). */
    public static ClassicConfigFile readDefault() {
        return readIfPresent(defaultPath());
    }

    /** Reads a file that may be missing, which gives the defaults (public instance, anonymous). */
    public static ClassicConfigFile readIfPresent(Path path) {
        if (!Files.exists(path)) {
            return new ClassicConfigFile(path, false, CoprConfig.DEFAULT_URL, null, null, null, null, true, null);
        }
        return read(path);
    }

    /**
     * Reads a file that must exist.
     * @throws CoprConfigException naming the file, and the line or key, when it is missing or wrong
     */
    public static ClassicConfigFile read(Path path) {
        if (!Files.isRegularFile(path)) {
            throw new CoprConfigException("Copr config file " + path + " is missing: download it from <copr-url>/api,"
                    + " or leave the path unset to use " + defaultPath() + " when present");
        }
        IniFile ini = IniFile.read(path);
        if (!ini.hasSection(SECTION)) {
            throw new CoprConfigException(path + " has no [" + SECTION + "] section: python-copr reads only that"
                    + " section; take a fresh file from <copr-url>/api");
        }
        Optional<String> coprUrl = ini.get(SECTION, "copr_url");
        boolean encrypted = bool(ini, path, "encrypted").orElse(true);
        URI url = coprUrl.map(value -> parseUrl(path, value)).orElse(CoprConfig.DEFAULT_URL);
        if (encrypted && "http".equalsIgnoreCase(url.getScheme())) {
            throw new CoprConfigException(path + ": copr_url " + RedactedUrl.of(url) + " is plain http while"
                    + " 'encrypted' is true; use the https URL (take an up-to-date file from the Copr website) or set"
                    + " 'encrypted = False' for a local development instance");
        }
        String token = ini.get(SECTION, "token").orElse(null);
        if (token != null) {
            ConfigFilePermissions.warnIfReadableByOthers(path);
        }
        Boolean gssapi = bool(ini, path, "gssapi").orElse(null);
        if (Boolean.TRUE.equals(gssapi) && token == null) {
            log.warn("{} sets gssapi = true: GSSAPI (Kerberos) authentication is not supported, so without a token"
                    + " the Copr client is anonymous; put login and token from <copr-url>/api into the file", path);
        }
        return new ClassicConfigFile(path, true, url, ini.get(SECTION, "login").orElse(null), token,
                ini.get(SECTION, "username").orElse(null), gssapi, encrypted, tokenExpiration(ini));
    }

    /**
     * For {@link CoprClient.Builder#credentialsOrigin(String)}: this file's path when it holds a
     * token, else why the client is anonymous.
     */
    public String credentialsOrigin() {
        if (!present) {
            return "no " + path + " found";
        }
        return token == null ? path + " holds no token" : path.toString();
    }

    /** A {@link CoprConfig} builder holding url, credentials, user name and token expiration from this file. */
    public CoprConfig.Builder toConfigBuilder() {
        return CoprConfig.builder().url(url).credentials(login, token).username(username)
                .tokenExpiration(tokenExpiration);
    }

    /**
     * The configuration this file describes, with default timeouts and retries.
     * @throws CoprConfigException naming the file when the values do not fit together
     */
    public CoprConfig toConfig() {
        try {
            return toConfigBuilder().build();
        } catch (CoprConfigException e) {
            throw new CoprConfigException(path + ": " + e.getMessage());
        }
    }

    @Override
    public String toString() {
        return "ClassicConfigFile[path=" + path + ", present=" + present + ", url=" + RedactedUrl.of(url)
                + ", login=" + (login == null ? "none" : "****") + ", token=" + (token == null ? "none" : "****")
                + ", username=" + username + ", gssapi=" + gssapi + ", encrypted=" + encrypted
                + ", tokenExpiration=" + tokenExpiration + "]";
    }

    private static @Nullable LocalDate tokenExpiration(IniFile ini) {
        return ini.comments().stream().map(ExpirationComment::dateOf).flatMap(Optional::stream)
                .findFirst().orElse(null);
    }

    private static URI parseUrl(Path path, String value) {
        try {
            return new URI(value);
        } catch (URISyntaxException e) {
            throw new CoprConfigException(path + ": copr_url '" + RedactedUrl.of(value) + "' is not a valid URL: "
                    + e.getReason() + " at index " + e.getIndex());
        }
    }

    private static Optional<Boolean> bool(IniFile ini, Path path, String key) {
        return ini.get(SECTION, key).map(value -> switch (value.toLowerCase(Locale.ROOT)) {
            case "1", "yes", "true", "on" -> true;
            case "0", "no", "false", "off" -> false;
            default -> throw new CoprConfigException(path + ": key '" + key + "' is '" + value
                    + "', not a boolean; use true or false");
        });
    }
}
