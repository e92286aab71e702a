package dev.copr.client.internal.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The {@code User-Agent} every request sends, naming this library and its version. */
final class UserAgent {

    static final String VALUE = "copr-spring-boot/" + version() + " Java/" + System.getProperty("java.version");

    private UserAgent() {
    }

    private static String version() {
        try (InputStream in = UserAgent.class.getResourceAsStream("/dev/copr/client/version.properties")) {
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
