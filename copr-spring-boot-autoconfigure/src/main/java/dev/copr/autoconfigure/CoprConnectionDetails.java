package dev.copr.autoconfigure;

import java.net.URI;
import java.time.LocalDate;

import org.springframework.boot.autoconfigure.service.connection.ConnectionDetails;

/**
 * Where to reach Copr and with which credentials. Auto-configured from {@code copr.*} properties
 * and the classic config file; a bean of this type (e.g. from a test stub) takes their place.
 */
public interface CoprConnectionDetails extends ConnectionDetails {

    /** Base URL of the Copr frontend. */
    URI getUrl();

    /** API login, or null for anonymous access. */
    String getLogin();

    /** API token, or null for anonymous access. */
    String getToken();

    /** Copr user name of the credentials, or null. */
    String getUsername();

    /** Last day the token is valid, or null when unknown. */
    default LocalDate getTokenExpiration() {
        return null;
    }
}
