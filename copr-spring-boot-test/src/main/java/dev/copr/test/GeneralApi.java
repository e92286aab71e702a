package dev.copr.test;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** The API root, {@code /auth-check}, {@code /api-token} and {@code /gssapi_login} (Copr's {@code apiv3_general}). */
final class GeneralApi {

    private static final String TOKEN_CHARS = "abcdefghijklmnopqrstuvwxyz";
    private static final int TOKEN_EXPIRATION_DAYS = 180;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final StubState state;

    GeneralApi(StubState state) {
        this.state = state;
    }

    void register(Router router) {
        router.add("GET", "/", request -> Map.of("version", 3));
        router.add("GET", "/auth-check", this::authCheck);
        router.add("POST", "/api-token", this::newApiToken);
        router.add("GET", "/gssapi_login", request -> {
            throw CoprError.forbidden("Can't log-in using GSSAPI: Kerberos authentication failed (no credentials"
                    + " provided)");
        });
    }

    private Object authCheck(StubRequest request) {
        CoprStubUser user = request.user();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", state.userId(user.name()));
        json.put("name", user.name());
        return json;
    }

    /** A new login and token for the caller, valid for 180 days; the old ones stop working. */
    private Object newApiToken(StubRequest request) {
        CoprStubUser user = request.user();
        LocalDate expiration = state.today().plusDays(TOKEN_EXPIRATION_DAYS);
        CoprStubUser renewed = user.withCredentials(random(20), random(30)).withTokenExpiration(expiration);
        state.putUser(renewed);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("api_login", renewed.login());
        json.put("api_token", renewed.token());
        json.put("expiration", expiration.toString());
        return json;
    }

    private static String random(int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(TOKEN_CHARS.charAt(RANDOM.nextInt(TOKEN_CHARS.length())));
        }
        return text.toString();
    }
}
