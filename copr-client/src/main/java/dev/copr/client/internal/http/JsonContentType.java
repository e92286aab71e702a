package dev.copr.client.internal.http;

import java.nio.charset.Charset;
import java.util.Locale;

/**
 * Whether an answer's {@code Content-Type} is JSON's: {@code application/json}, a media type that
 * covers it ({@code *}{@code /*}, {@code application/*}, {@code application/*+json}) or any
 * {@code +json} subtype. A value that is not a media type (type and subtype tokens, parameters as
 * tokens or quoted strings, a charset the JVM knows, a quality from 0 to 1) is not.
 */
final class JsonContentType {

    private static final String JSON = "application/json";
    private static final String SEPARATORS = "()<>@,;:\\\"/[]?={} \t";

    private JsonContentType() {
    }

    static boolean matches(String contentType) {
        if (isPlainJson(contentType)) {
            return true; // Copr's own answer: spares parsing it
        }
        int semicolon = contentType.indexOf(';');
        String fullType = (semicolon >= 0 ? contentType.substring(0, semicolon) : contentType).trim();
        if (fullType.equals("*")) {
            fullType = "*/*";
        }
        int slash = fullType.indexOf('/');
        if (slash <= 0 || slash == fullType.length() - 1) {
            return false;
        }
        String type = fullType.substring(0, slash).toLowerCase(Locale.ROOT);
        String subtype = fullType.substring(slash + 1).toLowerCase(Locale.ROOT);
        if (type.equals("*") && !subtype.equals("*") || !isToken(type) || !isToken(subtype)
                || !validParameters(contentType, semicolon)) {
            return false;
        }
        return coversJson(type, subtype) || subtype.endsWith("+json");
    }

    /** {@code application/json}, alone or followed by parameters such as a charset. */
    private static boolean isPlainJson(String contentType) {
        return contentType.regionMatches(true, 0, JSON, 0, JSON.length())
                && (contentType.length() == JSON.length() || contentType.charAt(JSON.length()) == ';');
    }

    private static boolean coversJson(String type, String subtype) {
        if (type.equals("*")) {
            return true;
        }
        return type.equals("application") && (subtype.equals("json") || subtype.equals("*")
                || subtype.equals("*+json"));
    }

    /** The parameters after {@code semicolon} (none when it is negative); a {@code ;} in quotes separates none. */
    private static boolean validParameters(String contentType, int semicolon) {
        int start = semicolon;
        while (start >= 0 && start < contentType.length()) {
            int end = start + 1;
            boolean quoted = false;
            while (end < contentType.length() && (quoted || contentType.charAt(end) != ';')) {
                if (contentType.charAt(end) == '"') {
                    quoted = !quoted;
                }
                end++;
            }
            String parameter = contentType.substring(start + 1, end).trim();
            int equals = parameter.indexOf('=');
            if (equals >= 0 && !validParameter(parameter.substring(0, equals).trim(),
                    parameter.substring(equals + 1).trim())) {
                return false;
            }
            start = end;
        }
        return true;
    }

    private static boolean validParameter(String name, String value) {
        if (name.isEmpty() || value.isEmpty() || !isToken(name)) {
            return false;
        }
        try {
            if (name.equalsIgnoreCase("charset")) {
                Charset.forName(unquote(value));
                return true;
            }
            if (name.equals("q")) {
                double quality = Double.parseDouble(unquote(value));
                if (quality < 0 || quality > 1) {
                    return false;
                }
            }
        } catch (IllegalArgumentException notACharsetOrNumber) {
            return false;
        }
        return isQuoted(value) || isToken(value);
    }

    private static boolean isToken(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c <= 31 || c >= 127 || SEPARATORS.indexOf(c) >= 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isQuoted(String value) {
        return value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                || value.startsWith("'") && value.endsWith("'"));
    }

    private static String unquote(String value) {
        return isQuoted(value) ? value.substring(1, value.length() - 1) : value;
    }
}
