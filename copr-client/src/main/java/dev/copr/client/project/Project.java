package dev.copr.client.project;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;

import dev.copr.client.internal.ApiLists;
import dev.copr.client.internal.UnknownFields;
import dev.copr.client.mock.Bootstrap;
import dev.copr.client.mock.Isolation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A Copr project, as {@code GET /api_3/project} and every project call answer.
 *
 * @param id project id
 * @param name project name
 * @param ownername owner (user or {@code @group})
 * @param fullName {@code owner/name}
 * @param description description (may be empty)
 * @param instructions installation instructions (may be empty)
 * @param homepage homepage URL
 * @param contact contact e-mail or URL
 * @param develMode whether repository metadata is only created on demand ({@code devel_mode})
 * @param persistent whether the project and its builds cannot be deleted
 * @param unlistedOnHp whether the project is hidden from Copr's home page
 * @param autoPrune whether old builds are deleted automatically
 * @param enableNet whether builds have network access
 * @param moduleHotfixes whether its packages may override packages of active module streams
 * @param appstream whether AppStream metadata is generated
 * @param followFedoraBranching whether chroots of a newly branched Fedora are enabled automatically
 * @param bootstrap Mock bootstrap setup
 * @param isolation Mock isolation setup
 * @param additionalRepos repositories (baseurls or {@code copr://owner/project}) added to builds
 * @param packitForgeProjectsAllowed forge projects (e.g. {@code github.com/owner/repo}) Packit may build from
 * @param repoPriority priority of the repository for DNF; null when not set
 * @param storage where the build results are stored
 * @param chrootRepos repository baseurl per active chroot, keyed {@code <os>-<version>-<arch>}
 * @param extra fields this client does not know
 * @since 0.1.0
 */
public record Project(long id, String name, String ownername,
                      @JsonProperty("full_name") String fullName,
                      String description, String instructions, @Nullable String homepage, @Nullable String contact,
                      @JsonProperty("devel_mode") boolean develMode, boolean persistent,
                      @JsonProperty("unlisted_on_hp") boolean unlistedOnHp,
                      @JsonProperty("auto_prune") boolean autoPrune,
                      @JsonProperty("enable_net") boolean enableNet,
                      @JsonProperty("module_hotfixes") boolean moduleHotfixes, boolean appstream,
                      @JsonProperty("follow_fedora_branching") boolean followFedoraBranching,
                      Bootstrap bootstrap, Isolation isolation,
                      @JsonProperty("additional_repos") List<String> additionalRepos,
                      @JsonProperty("packit_forge_projects_allowed") List<String> packitForgeProjectsAllowed,
                      @JsonProperty("repo_priority") @Nullable Integer repoPriority, Storage storage,
                      @JsonProperty("chroot_repos") Map<String, String> chrootRepos,
                      @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> extra) {

    public Project {
        additionalRepos = ApiLists.copyOf(additionalRepos);
        packitForgeProjectsAllowed = ApiLists.copyOf(packitForgeProjectsAllowed);
        chrootRepos = chrootRepos == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(chrootRepos));
        extra = UnknownFields.copyOf(extra);
    }
}
