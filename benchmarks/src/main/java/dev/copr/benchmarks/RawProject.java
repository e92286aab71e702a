package dev.copr.benchmarks;

import com.fasterxml.jackson.annotation.JsonProperty;

import dev.copr.client.mock.Bootstrap;
import dev.copr.client.mock.Isolation;
import dev.copr.client.project.Storage;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The raw baseline's project: the fields of the client's {@code Project}, mapped by plain Jackson
 * into a plain record, as an application would write it by hand.
 */
record RawProject(long id, String name, String ownername, @JsonProperty("full_name") String fullName,
                  String description, String instructions, @Nullable String homepage, @Nullable String contact,
                  @JsonProperty("devel_mode") boolean develMode, boolean persistent,
                  @JsonProperty("unlisted_on_hp") boolean unlistedOnHp, @JsonProperty("auto_prune") boolean autoPrune,
                  @JsonProperty("enable_net") boolean enableNet,
                  @JsonProperty("module_hotfixes") boolean moduleHotfixes, boolean appstream,
                  @JsonProperty("follow_fedora_branching") boolean followFedoraBranching,
                  Bootstrap bootstrap, Isolation isolation,
                  @JsonProperty("additional_repos") List<String> additionalRepos,
                  @JsonProperty("packit_forge_projects_allowed") List<String> packitForgeProjectsAllowed,
                  @JsonProperty("repo_priority") @Nullable Integer repoPriority, Storage storage,
                  @JsonProperty("chroot_repos") Map<String, String> chrootRepos) {

    /** One page of {@code GET /api_3/project/list}. */
    record Page(List<RawProject> items, Meta meta) {
    }

    /** The pagination Copr applied. */
    record Meta(int limit, int offset) {
    }
}
