package dev.copr.autoconfigure;

import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.autoconfigure.service.connection.ConnectionDetails;

/**
 * Where to reach Copr and with which credentials. Auto-configured from {@code copr.*} properties
 * and the classic config file; a bean of this type (e.g. from a test stub) takes their place. The
 * default methods describe such a bean; the auto-configurations ask every implementation the same.
 *
 * @since 0.1.0
 */
public interface CoprConnectionDetails extends ConnectionDetails {

    /** Base URL of the Copr frontend. */
    URI getUrl();

    /** API login; null for anonymous access. */
    @Nullable String getLogin();

    /** API token; null for anonymous access. */
    @Nullable String getToken();

    /** Copr user name of the credentials, when known. */
    @Nullable String getUsername();

    /** Last day the token is valid, when known. */
    default @Nullable LocalDate getTokenExpiration() {
        return null;
    }

    /**
     * Where login and token came from, or why there are none, as {@code CoprClient.describe()} logs it
     * at start-up; never the credentials themselves. By default the implementation's bean.
     *
     * @since 0.1.0
     */
    default String getCredentialsOrigin() {
        String bean = "the " + getClass().getSimpleName() + " bean";
        return getToken() == null ? bean + " has none" : bean;
    }

    /**
     * Python-copr's classic config file that login and token were read from, into which a renewed
     * token is written back ({@code copr.token-renewal.write-config-file}); null (the default) when
     * they come from elsewhere.
     *
     * @since 0.1.0
     */
    default @Nullable Path getTokenFile() {
        return null;
    }

    /**
     * Where these details and the client's other settings were read from, as configuration errors
     * name it. By default the implementation and the {@code copr.*} properties.
     *
     * @since 0.1.0
     */
    default String getSource() {
        return getClass().getSimpleName() + " and copr.* properties";
    }
}
