package dev.copr.client.chroot;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;

import dev.copr.client.internal.UnknownFields;

import java.util.Map;

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
 */
public record Repo(String id, String name, String baseurl, Integer priority,
                   @JsonProperty("module_hotfixes") Boolean moduleHotfixes,
                   @JsonProperty("repo_gpgcheck") Boolean repoGpgcheck,
                   @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public Repo {
        extra = UnknownFields.copyOf(extra);
    }
}
