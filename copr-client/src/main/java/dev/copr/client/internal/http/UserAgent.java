package dev.copr.client.internal.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The {@code User-Agent} every request sends, naming this library and its version. */
final class UserAgent {

    /** The class path resource that holds this library's version. */
    static final String VERSION_FILE = "dev/copr/client/version.properties";

    static final String VALUE = "copr-spring-boot/" + version() + " Java/" + System.getProperty("java.version");

    private UserAgent() {
    }

    private static String version() {
        try (InputStream in = UserAgent.class.getResourceAsStream("/" + VERSION_FILE)) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read copr-client's version.properties", e);
        }
    }
}
