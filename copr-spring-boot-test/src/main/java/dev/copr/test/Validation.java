package dev.copr.test;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/** The WTForms validators Copr's forms use, with their messages. */
final class Validation {

    static final String REQUIRED = "This field is required.";
    static final String NOT_A_CHOICE = "Not a valid choice.";

    private static final Pattern URL = Pattern.compile(
            "^[a-z]+://(?<host>[^/?:]+)(?<port>:[0-9]+)?(?<path>/.*?)?(?<query>\\?.*)?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern TLD_HOST = Pattern.compile(
            "^([a-z0-9]([a-z0-9-]*[a-z0-9])?\\.)+[a-z]{2,}$", Pattern.CASE_INSENSITIVE);
    private static final Pattern IPV4 = Pattern.compile("^(\\d{1,3}\\.){3}\\d{1,3}$");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final String URL_LIST = "A list of http[s] URLs separated by whitespace characters is needed"
            + " ('%s' doesn't seem to be a valid URL).";

    private Validation() {
    }

    /** {@code DataRequired}: present and not blank. */
    static @Nullable String required(FormData data, String field, FormErrors errors) {
        String value = data.text(field);
        if (value == null || value.isBlank()) {
            errors.add(field, REQUIRED);
            return null;
        }
        return value;
    }

    /** A {@code SelectField}: one of {@code choices}, else "Not a valid choice."; the default when absent. */
    static @Nullable String choice(FormData data, String field, Collection<String> choices, @Nullable String absent,
                                   FormErrors errors) {
        String value = data.text(field);
        if (value == null) {
            return absent;
        }
        if (!choices.contains(value)) {
            errors.add(field, NOT_A_CHOICE);
        }
        return value;
    }

    /** {@code NumberRange}; null bounds are open. */
    static void range(String field, @Nullable Integer value, @Nullable Integer min, @Nullable Integer max,
                      FormErrors errors) {
        if (value == null) {
            return;
        }
        if ((min != null && value < min) || (max != null && value > max)) {
            errors.add(field, min != null && max != null ? "Number must be between " + min + " and " + max + "."
                    : min != null ? "Number must be at least " + min + "." : "Number must be at most " + max + ".");
        }
    }

    /** WTForms' {@code URL()} validator: scheme, and a host with a top-level domain or an IPv4 address. */
    static boolean isUrl(String value) {
        var matcher = URL.matcher(value);
        if (!matcher.matches()) {
            return false;
        }
        String host = matcher.group("host");
        return TLD_HOST.matcher(host).matches() || IPV4.matcher(host).matches();
    }

    /** WTForms' {@code Email()} or {@code URL()}, as Copr's contact field takes either. */
    static boolean isEmailOrUrl(String value) {
        return EMAIL.matcher(value).matches() || isUrl(value);
    }

    /** Copr's {@code UrlListValidator}: every item an http(s) URL with a host. */
    static void httpUrls(String field, List<String> urls, FormErrors errors) {
        for (String url : urls) {
            URI uri = uri(url);
            if (uri == null || uri.getScheme() == null || !uri.getScheme().startsWith("http")
                    || uri.getRawAuthority() == null) {
                errors.add(field, URL_LIST.formatted(url));
                return;
            }
        }
    }

    /** Copr's {@code UrlSrpmListValidator}: every URL path ends with .src.rpm, .nosrc.rpm or .spec. */
    static void srpmUrls(String field, List<String> urls, FormErrors errors) {
        for (String url : urls) {
            URI uri = uri(url);
            String path = uri == null || uri.getPath() == null ? "" : uri.getPath();
            if (!(path.endsWith(".src.rpm") || path.endsWith(".nosrc.rpm") || path.endsWith(".spec"))) {
                errors.add(field, ("URLs must end with .src.rpm, .nosrc.rpm, or .spec ('%s' doesn't seem to be a"
                        + " valid URL).").formatted(url));
                return;
            }
        }
    }

    /**
     * Copr's {@code UrlRepoListValidator}: http(s) URLs, or {@code copr://owner/project} of a project
     * that exists.
     */
    static void repoUrls(String field, List<String> urls, StubState state, FormErrors errors) {
        for (String url : urls) {
            URI uri = uri(url);
            String scheme = uri == null ? null : uri.getScheme();
            if (uri == null || scheme == null || !List.of("http", "https", "copr").contains(scheme)
                    || uri.getRawAuthority() == null) {
                errors.add(field, URL_LIST.formatted(url));
                return;
            }
            if (scheme.equals("copr")) {
                String[] path = uri.getPath() == null ? new String[0] : uri.getPath().split("/");
                if (path.length < 2 || path[1].isEmpty()) {
                    errors.add(field, URL_LIST.formatted(url));
                    return;
                }
                String dirname = path[1];
                String project = dirname.contains(":") ? dirname.substring(0, dirname.indexOf(':')) : dirname;
                ProjectRecord found = state.findProject(uri.getRawAuthority(), project);
                if (found == null || !found.hasDir(dirname)) {
                    errors.add(field, url + " does not exist.");
                    return;
                }
            }
        }
    }

    private static @Nullable URI uri(String text) {
        try {
            return new URI(text);
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
