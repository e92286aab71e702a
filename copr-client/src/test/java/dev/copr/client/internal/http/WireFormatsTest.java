package dev.copr.client.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.util.UriUtils;

/**
 * The client reads content types, encodes path and query values and credentials itself, without
 * spring-web; each gives what spring-web's {@code MediaType}, {@code UriUtils} and
 * {@code HttpHeaders}, which it used before, gave.
 */
class WireFormatsTest {

    @ParameterizedTest
    @ValueSource(strings = {"application/json", "APPLICATION/JSON; charset=UTF-8", "application/json;charset=utf-8",
        "application/problem+json", "application/vnd.copr+json; charset=\"utf-8\"", "text/x+json", "application/*",
        "*/*", "*", "application/*+json", "application/*+xml", "text/html", "text/html; charset=iso-8859-1",
        "application/json-seq", "application/jsonx", " application/json ", "application/ json", "/json",
        "application/", "application", "", ";", "*/json", "application/json; charset=bogus",
        "application/hal+json; charset=no-such-charset-x", "application/hal+json; q=0.5",
        "application/hal+json; q=2", "application/hal+json; q=x", "application/hal+json; a=\"b;c\"",
        "application/hal+json; a=b c", "application/hal+json; a", "application/hal+json; =b",
        "application/hal+json;;", "application/h\u00e4l+json", "application/hal+json; Charset=bogus",
        "application/hal+json; a='b c'", "application/hal+json; Q=2", "application/hal+json; a=",
        "application/hal+json; a=\"\"", "application/hal+json; CHARSET=\"utf-8\""})
    void readsContentTypesAsMediaTypeDid(String contentType) {
        assertThat(JsonContentType.matches(contentType)).as(contentType).isEqualTo(springIsJson(contentType));
    }

    @ParameterizedTest
    @ValueSource(strings = {"hello-1.0", "a b+c*d~e_f.g-h", "x/../y", "?&=#%", "über ✓ 😀", "\ud800", "", "@copr"})
    void percentEncodesAsUriUtilsDid(String value) {
        assertThat(PercentEncoding.encode(value)).isEqualTo(UriUtils.encode(value, StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @ValueSource(strings = {"login", "l\u00f6gin", "x"})
    void encodesCredentialsAsHttpHeadersDid(String login) {
        String token = "t\u00f8ken-" + login;
        assertThat(Credentials.of(login, token).authorization())
                .isEqualTo("Basic " + HttpHeaders.encodeBasicAuth(login, token, null))
                .isEqualTo("Basic " + Base64.getEncoder().encodeToString(
                        (login + ":" + token).getBytes(StandardCharsets.ISO_8859_1)));
    }

    /** The check the transport made with spring-web, its shortcut for Copr's own answer included. */
    private static boolean springIsJson(String contentType) {
        String json = MediaType.APPLICATION_JSON_VALUE;
        if (contentType.regionMatches(true, 0, json, 0, json.length())
                && (contentType.length() == json.length() || contentType.charAt(json.length()) == ';')) {
            return true;
        }
        MediaType type;
        try {
            type = MediaType.parseMediaType(contentType);
        } catch (InvalidMediaTypeException notAMediaType) {
            return false;
        }
        return MediaType.APPLICATION_JSON.isCompatibleWith(type) || type.getSubtype().endsWith("+json");
    }
}
