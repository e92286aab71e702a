package dev.copr.client.chroot;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/** The {@code json} part of a project-chroot edit; null members are not sent. */
record ProjectChrootEditJson(@JsonProperty("additional_repos") List<String> additionalRepos,
                             @JsonProperty("additional_packages") List<String> additionalPackages,
                             @JsonProperty("additional_modules") List<String> additionalModules,
                             @JsonProperty("delete_comps") Boolean deleteComps,
                             @JsonProperty("with_opts") List<String> withOpts,
                             @JsonProperty("without_opts") List<String> withoutOpts,
                             ChrootBootstrap bootstrap,
                             @JsonProperty("bootstrap_image") String bootstrapImage,
                             ChrootIsolation isolation,
                             @JsonProperty("reset_fields") List<String> resetFields) {

    static ProjectChrootEditJson of(ProjectChrootSettings settings) {
        return new ProjectChrootEditJson(settings.additionalRepos(), settings.additionalPackages(),
                settings.additionalModules(), settings.deleteComps(), settings.withOpts(), settings.withoutOpts(),
                settings.bootstrap(), settings.bootstrapImage(), settings.isolation(), settings.resetFields());
    }
}
