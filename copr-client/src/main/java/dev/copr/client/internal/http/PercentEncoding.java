package dev.copr.client.internal.http;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Strict percent-encoding of the values put into a request's path and query. */
final class PercentEncoding {

    private PercentEncoding() {
    }

    /**
     * {@code value} with every byte of its UTF-8 form but RFC 3986's unreserved characters
     * ({@code A-Z a-z 0-9 - . _ ~}) written as {@code %XX}.
     */
    static String encode(String value) {
        // The form encoding differs only in keeping '*', writing a space as '+' and encoding '~'
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A")
                .replace("%7E", "~");
    }
}
