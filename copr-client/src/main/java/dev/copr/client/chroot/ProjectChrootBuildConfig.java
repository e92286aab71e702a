package dev.copr.client.chroot;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;

import dev.copr.client.internal.ApiLists;
import dev.copr.client.internal.UnknownFields;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The build config Copr generates from a project chroot's settings, as
 * {@code GET /api_3/project-chroot/build-config} answers.
 *
 * @param chroot the chroot's name
 * @param enableNet whether builds have network access (a project setting)
 * @param repos the DNF repositories builds use, Copr's own first
 * @param additionalRepos the additional repositories, incl. the project's own {@code copr://owner/project}
 * @param additionalPackages packages always installed in the buildroot
 * @param additionalModules module toggles
 * @param withOpts Mock {@code --with} options
 * @param withoutOpts Mock {@code --without} options
 * @param isolation isolation setup (see {@link Isolation})
 * @param extra fields this client does not know
 * @since 0.1.0
 */
public record ProjectChrootBuildConfig(String chroot, @JsonProperty("enable_net") Boolean enableNet, List<Repo> repos,
                                       @JsonProperty("additional_repos") List<String> additionalRepos,
                                       @JsonProperty("additional_packages") List<String> additionalPackages,
                                       @JsonProperty("additional_modules") List<String> additionalModules,
                                       @JsonProperty("with_opts") List<String> withOpts,
                                       @JsonProperty("without_opts") List<String> withoutOpts,
                                       String isolation,
                                       @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> extra) {

    public ProjectChrootBuildConfig {
        repos = ApiLists.copyOf(repos);
        additionalRepos = ApiLists.copyOf(additionalRepos);
        additionalPackages = ApiLists.copyOf(additionalPackages);
        additionalModules = ApiLists.copyOf(additionalModules);
        withOpts = ApiLists.copyOf(withOpts);
        withoutOpts = ApiLists.copyOf(withoutOpts);
        extra = UnknownFields.copyOf(extra);
    }
}
