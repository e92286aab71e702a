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
 * The settings of one chroot in a project, as {@code GET /api_3/project-chroot} and the edit answer.
 * (The bootstrap setup is not part of this answer.)
 *
 * @param mockChroot the chroot's name, e.g. {@code fedora-rawhide-x86_64}
 * @param ownername owner of the project (user or {@code @group})
 * @param projectname project name
 * @param compsName file name of the uploaded {@code comps.xml}; null when none
 * @param deleteAfterDays days until the chroot is deleted (e.g. after its EOL); null when not planned
 * @param additionalRepos additional repositories of the buildroot
 * @param additionalPackages packages always installed in the buildroot
 * @param additionalModules module toggles, e.g. {@code !perl:5.30}
 * @param withOpts Mock {@code --with} options
 * @param withoutOpts Mock {@code --without} options
 * @param isolation isolation setup, e.g. {@code unchanged}, {@code nspawn} (see {@link Isolation})
 * @param extra fields this client does not know
 * @since 0.1.0
 */
public record ProjectChroot(@JsonProperty("mock_chroot") String mockChroot, String ownername, String projectname,
                            @JsonProperty("comps_name") @Nullable String compsName,
                            @JsonProperty("delete_after_days") @Nullable Integer deleteAfterDays,
                            @JsonProperty("additional_repos") List<String> additionalRepos,
                            @JsonProperty("additional_packages") List<String> additionalPackages,
                            @JsonProperty("additional_modules") List<String> additionalModules,
                            @JsonProperty("with_opts") List<String> withOpts,
                            @JsonProperty("without_opts") List<String> withoutOpts,
                            String isolation,
                            @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> extra) {

    public ProjectChroot {
        additionalRepos = ApiLists.copyOf(additionalRepos);
        additionalPackages = ApiLists.copyOf(additionalPackages);
        additionalModules = ApiLists.copyOf(additionalModules);
        withOpts = ApiLists.copyOf(withOpts);
        withoutOpts = ApiLists.copyOf(withoutOpts);
        extra = UnknownFields.copyOf(extra);
    }
}
