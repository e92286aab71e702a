package dev.copr.client.chroot;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;

import dev.copr.client.internal.UnknownFields;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One DNF repository of a generated build config.
 *
 * @param id repository id, e.g. {@code copr_base}
 * @param name human-readable name, e.g. {@code Copr repository}
 * @param baseurl the repository's base URL
 * @param priority DNF priority; null for the default (99)
 * @param moduleHotfixes whether {@code module_hotfixes} is set; null when not
 * @param repoGpgcheck whether repository metadata signatures are checked; null when not said
 * @param extra fields this client does not know (e.g. further repo options)
 * @since 0.1.0
 */
public record Repo(String id, String name, String baseurl, @Nullable Integer priority,
                   @JsonProperty("module_hotfixes") @Nullable Boolean moduleHotfixes,
                   @JsonProperty("repo_gpgcheck") @Nullable Boolean repoGpgcheck,
                   @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> extra) {

    public Repo {
        extra = UnknownFields.copyOf(extra);
    }
}
