package dev.copr.client.chroot;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;

import dev.copr.client.internal.ApiLists;
import dev.copr.client.internal.UnknownFields;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The config a build ran (or runs) with in one chroot, as {@code GET /api_3/build-chroot/build-config}
 * answers. Copr leaves out keys whose value is null; absent lists are empty.
 *
 * @param repos the DNF repositories of the buildroot, Copr's own first
 * @param additionalRepos the additional repositories, incl. the project's own {@code copr://owner/project}
 * @param additionalPackages packages always installed in the buildroot
 * @param withOpts Mock {@code --with} options
 * @param withoutOpts Mock {@code --without} options
 * @param memoryLimit memory the build asked for, in MiB
 * @param timeout how long the build may run (Copr sends seconds)
 * @param enableNet whether the build has network access
 * @param background whether it is a low-priority background build
 * @param bootstrap bootstrap setup when not the default, e.g. {@code on} or {@code custom_image}
 * @param bootstrapImage the bootstrap image, with {@code custom_image} only
 * @param extra fields this client does not know
 * @since 0.1.0
 */
public record BuildChrootConfig(List<Repo> repos,
                                @JsonProperty("additional_repos") List<String> additionalRepos,
                                @JsonProperty("additional_packages") List<String> additionalPackages,
                                @JsonProperty("with_opts") List<String> withOpts,
                                @JsonProperty("without_opts") List<String> withoutOpts,
                                @JsonProperty("memory_limit") @Nullable Integer memoryLimit,
                                @Nullable Duration timeout,
                                @JsonProperty("enable_net") @Nullable Boolean enableNet,
                                @JsonProperty("is_background") @Nullable Boolean background,
                                @Nullable String bootstrap,
                                @JsonProperty("bootstrap_image") @Nullable String bootstrapImage,
                                @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> extra) {

    public BuildChrootConfig {
        repos = ApiLists.copyOf(repos);
        additionalRepos = ApiLists.copyOf(additionalRepos);
        additionalPackages = ApiLists.copyOf(additionalPackages);
        withOpts = ApiLists.copyOf(withOpts);
        withoutOpts = ApiLists.copyOf(withoutOpts);
        extra = UnknownFields.copyOf(extra);
    }
}
