package dev.copr.client;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;

import dev.copr.client.internal.UnknownFields;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The user the credentials belong to, as {@code auth-check} answers.
 *
 * @param id Copr's user id
 * @param name the user name; an answer without it is refused
 * @param extra fields this client does not know
 * @since 0.1.0
 */
public record CoprUser(long id, @JsonSetter(nulls = Nulls.FAIL) String name,
                       @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> extra) {

    public CoprUser {
        extra = UnknownFields.copyOf(extra);
    }
}
