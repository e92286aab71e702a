package dev.copr.contract;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Where the real Copr frontend of the contract suite is, from the environment: either {@code
 * COPR_CONTRACT_CREDENTIALS}, the {@code credentials.env} that realcopr's {@code start.sh} writes, or
 * {@code COPR_CONTRACT_URL} with {@code COPR_CONTRACT_JDOE_LOGIN}, {@code COPR_CONTRACT_JDOE_TOKEN},
 * {@code COPR_CONTRACT_ALICE_LOGIN} and {@code COPR_CONTRACT_ALICE_TOKEN}. {@code
 * COPR_CONTRACT_BACKEND_PASSWORD} (or the file's {@code BACKEND_PASSWORD}) lets the suite finish
 * builds, {@code COPR_CONTRACT_REINDEX} is a shell command that rebuilds the project search index.
 */
record RealCoprSettings(URI url, String jdoeLogin, String jdoeToken, String aliceLogin, String aliceToken,
                        Optional<String> backendPassword, Optional<String> reindexCommand) {

    static final String HOW_TO_ENABLE = "Contract tests against a real Copr frontend skipped: set "
            + "COPR_CONTRACT_CREDENTIALS (realcopr's credentials.env) or COPR_CONTRACT_URL and "
            + "COPR_CONTRACT_{JDOE,ALICE}_{LOGIN,TOKEN} to run them (docs/contract-tests.md)";

    /** The settings, or empty when the environment names no real frontend. */
    static Optional<RealCoprSettings> fromEnvironment(Map<String, String> env) {
        String file = env.get("COPR_CONTRACT_CREDENTIALS");
        if (file != null && !file.isBlank()) {
            Properties credentials = load(Path.of(file));
            return Optional.of(new RealCoprSettings(URI.create(required(credentials, "COPR_URL", file)),
                    required(credentials, "JDOE_LOGIN", file), required(credentials, "JDOE_TOKEN", file),
                    required(credentials, "ALICE_LOGIN", file), required(credentials, "ALICE_TOKEN", file),
                    Optional.ofNullable(env.getOrDefault("COPR_CONTRACT_BACKEND_PASSWORD",
                            credentials.getProperty("BACKEND_PASSWORD"))),
                    Optional.ofNullable(env.get("COPR_CONTRACT_REINDEX"))));
        }
        String url = env.get("COPR_CONTRACT_URL");
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new RealCoprSettings(URI.create(url), required(env, "COPR_CONTRACT_JDOE_LOGIN"),
                required(env, "COPR_CONTRACT_JDOE_TOKEN"), required(env, "COPR_CONTRACT_ALICE_LOGIN"),
                required(env, "COPR_CONTRACT_ALICE_TOKEN"),
                Optional.ofNullable(env.get("COPR_CONTRACT_BACKEND_PASSWORD")),
                Optional.ofNullable(env.get("COPR_CONTRACT_REINDEX"))));
    }

    @Override
    public String toString() {
        return "RealCoprSettings[" + url + (backendPassword.isPresent() ? ", finishes builds" : "")
                + (reindexCommand.isPresent() ? ", reindexes" : "") + "]";
    }

    private static Properties load(Path file) {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("COPR_CONTRACT_CREDENTIALS: cannot read " + file, e);
        }
        return properties;
    }

    private static String required(Properties credentials, String key, String file) {
        String value = credentials.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("COPR_CONTRACT_CREDENTIALS: " + file + " has no " + key);
        }
        return value;
    }

    private static String required(Map<String, String> env, String name) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("COPR_CONTRACT_URL is set but " + name + " is not: set the login and "
                    + "token of both users (docs/contract-tests.md)");
        }
        return value;
    }
}
