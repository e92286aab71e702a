package dev.copr.client.config;

import java.net.URI;

/**
 * A URL as error messages and {@code toString()} show it: any user info ({@code user:password@})
 * replaced by {@code ****}. Everything between the scheme and the last {@code @} is masked, since a
 * password with a raw {@code /} or {@code ?} would otherwise show as part of the path or query.
 */
public final class RedactedUrl {

    private RedactedUrl() {
    }

    /** The URL without its user info; null for null. */
    public static String of(URI url) {
        return url == null ? null : of(url.toString());
    }

    /** The URL text without anything that may be user info, whether or not it is a valid URL; null for null. */
    public static String of(String url) {
        int at = url == null ? -1 : url.lastIndexOf('@');
        if (at < 0) {
            return url;
        }
        int schemeEnd = url.indexOf("://");
        int start = schemeEnd >= 0 && schemeEnd < at ? schemeEnd + 3 : 0;
        return url.substring(0, start) + "****" + url.substring(at);
    }
}
