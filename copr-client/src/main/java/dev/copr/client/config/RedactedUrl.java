package dev.copr.client.config;

import java.net.URI;

import org.jspecify.annotations.Nullable;
import org.springframework.lang.Contract;

/**
 * A URL as error messages and {@code toString()} show it: any user info ({@code user:password@})
 * replaced by {@code ****}. Everything between the scheme and the last {@code @} is masked, since a
 * password with a raw {@code /} or {@code ?} would otherwise show as part of the path or query.
 *
 * @since 0.1.0
 */
public final class RedactedUrl {

    private RedactedUrl() {
    }

    /** The URL without its user info. */
    @Contract("!null -> !null")
    public static @Nullable String of(@Nullable URI url) {
        return url == null ? null : of(url.toString());
    }

    /** The URL text without anything that may be user info, whether or not it is a valid URL. */
    @Contract("!null -> !null")
    public static @Nullable String of(@Nullable String url) {
        if (url == null) {
            return null;
        }
        int at = url.lastIndexOf('@');
        if (at < 0) {
            return url;
        }
        int schemeEnd = url.indexOf("://");
        int start = schemeEnd >= 0 && schemeEnd < at ? schemeEnd + 3 : 0;
        return url.substring(0, start) + "****" + url.substring(at);
    }
}
