package dev.copr.client.internal.http;

import dev.copr.client.config.CoprConfig;

import java.net.http.HttpClient;

/** The JDK HTTP client a Copr client sends with unless it is given one. */
public final class DefaultHttpClient {

    private DefaultHttpClient() {
    }

    /**
     * HTTP/1.1 (as python-copr speaks; the JDK's HTTP/2 upgrade on plain http breaks streamed uploads
     * to some servers), no redirects followed (a redirect from the Copr API means a wrong URL), the
     * config's connect timeout and the system's proxy settings.
     */
    public static HttpClient.Builder builder(CoprConfig config) {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(config.connectTimeout());
    }
}
