package dev.copr.client;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;

import java.util.Map;

/**
 * The user the credentials belong to, as {@code auth-check} answers.
 *
 * @param id Copr's user id
 * @param name the user name
 * @param extra fields this client does not know
 */
public record CoprUser(long id, String name, @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public CoprUser {
        extra = UnknownFields.copyOf(extra);
    }
}
