package dev.copr.test;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A Copr user the stub knows, with the API login and token that authenticate it. Immutable; build
 * one with {@link #named(String)} and the {@code with...} methods. {@link #toString()} hides the token.
 *
 * @param name the Copr user name, e.g. {@code alice}
 * @param login the API login (not the name), sent as the HTTP Basic user
 * @param token the API token, sent as the HTTP Basic password
 * @param admin whether the user is a Copr admin (may do everything, e.g. add persistent projects)
 * @param groups the groups (FAS names, without {@code @}) the user belongs to, e.g. {@code copr}
 * @param tokenExpiration the last day the token is accepted; null for never
 * @since 0.1.0
 */
public record CoprStubUser(String name, String login, String token, boolean admin, Set<String> groups,
                           @Nullable LocalDate tokenExpiration) {

    public CoprStubUser {
        requireName("name", name);
        requireName("login", login);
        requireName("token", token);
        if (login.contains(":")) {
            throw new IllegalArgumentException("login must not contain ':', Copr splits the credentials there");
        }
        groups = groups == null ? Set.of() : Set.copyOf(groups);
        for (String group : groups) {
            requireName("group", group);
            if (group.startsWith("@")) {
                throw new IllegalArgumentException("groups are named without '@', was " + group);
            }
        }
    }

    /** A user with the login {@code <name>-login} and the token {@code <name>-token}, never expiring. */
    public static CoprStubUser named(String name) {
        return new CoprStubUser(name, name + "-login", name + "-token", false, Set.of(), null);
    }

    /** A copy authenticated by another API login and token. */
    public CoprStubUser withCredentials(String login, String token) {
        return new CoprStubUser(name, login, token, admin, groups, tokenExpiration);
    }

    /** A copy that is a Copr admin. */
    public CoprStubUser asAdmin() {
        return new CoprStubUser(name, login, token, true, groups, tokenExpiration);
    }

    /** A copy that also belongs to these groups (names without {@code @}). */
    public CoprStubUser inGroups(String... more) {
        Set<String> all = new LinkedHashSet<>(groups);
        all.addAll(Arrays.asList(more));
        return new CoprStubUser(name, login, token, admin, all, tokenExpiration);
    }

    /** A copy whose token Copr accepts only until {@code lastDay}, e.g. yesterday for an expired one. */
    public CoprStubUser withTokenExpiration(LocalDate lastDay) {
        return new CoprStubUser(name, login, token, admin, groups, lastDay);
    }

    /** Whether the user belongs to {@code group} (with or without {@code @}). */
    public boolean inGroup(String group) {
        return groups.contains(group.startsWith("@") ? group.substring(1) : group);
    }

    @Override
    public String toString() {
        return "CoprStubUser[name=" + name + ", login=****, token=****, admin=" + admin + ", groups=" + groups
                + ", tokenExpiration=" + tokenExpiration + "]";
    }

    private static void requireName(String what, @Nullable String value) {
        if (value == null || value.isBlank() || value.chars().anyMatch(c -> Character.isWhitespace(c) || c == '/')) {
            throw new IllegalArgumentException(what + " must be a non-blank name without whitespace or '/', was '"
                    + value + "'");
        }
    }
}
