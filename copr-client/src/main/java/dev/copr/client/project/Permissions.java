package dev.copr.client.project;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;

import dev.copr.client.internal.UnknownFields;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Who holds which role in a project, as {@code GET /api_3/project/permissions/get/...} answers
 * ({@code {"permissions": {"<username>": {"admin": ..., "builder": ...}}}}). The owner is not listed.
 *
 * @param users the roles per user name, in Copr's order
 * @param extra fields this client does not know
 * @since 0.1.0
 */
public record Permissions(@JsonProperty("permissions") Map<String, UserPermissions> users,
                          @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> extra) {

    public Permissions {
        users = users == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(users));
        extra = UnknownFields.copyOf(extra);
    }

    /** The roles of one user, empty when Copr lists none for them. */
    public Optional<UserPermissions> of(String username) {
        return Optional.ofNullable(users.get(username));
    }
}
