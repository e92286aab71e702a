package dev.copr.autoconfigure;

import java.net.URI;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.autoconfigure.service.connection.ConnectionDetails;

/**
 * Where to reach Copr and with which credentials. Auto-configured from {@code copr.*} properties
 * and the classic config file; a bean of this type (e.g. from a test stub) takes their place.
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
}
