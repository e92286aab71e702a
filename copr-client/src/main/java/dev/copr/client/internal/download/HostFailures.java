package dev.copr.client.internal.download;

import dev.copr.client.exception.CoprException;
import dev.copr.client.exception.CoprNoResultException;
import dev.copr.client.exception.CoprRequestException;
import dev.copr.client.exception.CoprTimeoutException;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;

/** The {@link CoprException}s of exchanges with the results host, named by the request. */
final class HostFailures {

    private HostFailures() {
    }

    static String request(URI url) {
        return "GET " + shown(url);
    }

    /**
     * The URL as messages and logs show it: scheme, host, port and path, without user info or query
     * (a redirect may lead to a signed URL). Not {@code RedactedUrl}, which masks up to the last
     * {@code @} and so the {@code @group} of group projects' result paths.
     */
    static String shown(URI url) {
        String host = url.getHost() == null ? "" : url.getHost();
        String port = url.getPort() < 0 ? "" : ":" + url.getPort();
        String query = url.getRawQuery() == null ? "" : "?...";
        return url.getScheme() + "://" + host + port + (url.getRawPath() == null ? "" : url.getRawPath()) + query;
    }

    /** An answer that is neither the file nor a redirect; closes its body. */
    static CoprException status(HostAnswer answer) {
        close(answer);
        return status(answer.url(), answer.status());
    }

    /** An answer of {@code status} from {@code url}, neither the file nor a redirect. */
    static CoprException status(URI url, int status) {
        String request = request(url);
        if (status == 404) {
            return new CoprNoResultException("The results host has no " + shown(url) + " (404)", 404, null, request,
                    null);
        }
        return new CoprRequestException("The results host answered " + request + " with HTTP " + status, status, null,
                request, null);
    }

    /** An RPM of another size than its signature header declares. */
    static CoprException rpmSize(URI url, long written, long declared) {
        String request = request(url);
        return new CoprRequestException("The results host sent " + written + " bytes for " + request
                + " (its Content-Length), but the RPM's signature header says " + declared
                + ": the body did not match its Content-Length", 0, null, request, null);
    }

    /** A failure while sending or reading. */
    static CoprException io(URI url, IOException e) {
        String request = request(url);
        if (e instanceof StalledException) {
            return new CoprTimeoutException("Reading " + request + " from the results host failed: " + e.getMessage(),
                    0, null, request, e);
        }
        if (e instanceof HttpConnectTimeoutException) {
            return new CoprTimeoutException("No connection to the results host for " + request
                    + " within the connect timeout (connectTimeout)", 0, null, request, e);
        }
        if (e instanceof HttpTimeoutException) {
            return new CoprTimeoutException("The results host sent no answer to " + request
                    + " within the read timeout (readTimeout)", 0, null, request, e);
        }
        return new CoprRequestException(request + " from the results host failed: " + e, 0, null, request, e);
    }

    static CoprException interrupted(URI url, InterruptedException e) {
        Thread.currentThread().interrupt();
        return new CoprRequestException(request(url) + " was interrupted", 0, null, request(url), e);
    }

    static void close(HostAnswer answer) {
        try {
            answer.close();
        } catch (IOException ignored) {
            // the answer is not used; a connection that fails to close is dropped all the same
        }
    }
}
