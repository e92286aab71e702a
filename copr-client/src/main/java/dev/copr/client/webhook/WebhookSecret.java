package dev.copr.client.webhook;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;

import dev.copr.client.internal.UnknownFields;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A project's new webhook secret, as {@code POST /api_3/webhook/generate/...} answers.
 * {@link #toString()} hides the secret.
 *
 * @param id project id
 * @param name project name
 * @param ownername owner of the project (user or {@code @group})
 * @param fullName {@code owner/name}
 * @param webhookSecret the new secret; the previous one no longer works; an answer without it is refused
 * @param extra fields this client does not know
 * @since 0.1.0
 */
public record WebhookSecret(long id, String name, String ownername, @JsonProperty("full_name") String fullName,
                            @JsonProperty("webhook_secret") @JsonSetter(nulls = Nulls.FAIL)
                            String webhookSecret,
                            @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> extra) {

    public WebhookSecret {
        extra = UnknownFields.copyOf(extra);
    }

    @Override
    public String toString() {
        return "WebhookSecret[id=" + id + ", fullName=" + fullName + ", webhookSecret=****, extra=" + extra + "]";
    }
}
