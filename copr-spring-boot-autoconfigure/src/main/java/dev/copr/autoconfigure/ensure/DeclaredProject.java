package dev.copr.autoconfigure.ensure;

import dev.copr.autoconfigure.ensure.CoprEnsureProperties.DesiredProjectProperties;
import dev.copr.client.exception.CoprConfigException;
import dev.copr.client.exception.CoprValidationException;
import dev.copr.client.project.DesiredProject;

import org.jspecify.annotations.Nullable;

/** One project of {@code copr.ensure.projects}, read into a {@link DesiredProject}. */
record DeclaredProject(String property, String owner, String name, DesiredProject desired) {

    /**
     * The project at {@code index}.
     * @throws CoprConfigException naming the property when owner, name or chroots are missing or a value is bad
     */
    static DeclaredProject of(int index, DesiredProjectProperties project) {
        String property = "copr.ensure.projects[" + index + "]";
        try {
            DesiredProject desired = DesiredProject.builder(project.getChroots())
                    .description(project.getDescription()).instructions(project.getInstructions())
                    .homepage(project.getHomepage()).contact(project.getContact())
                    .additionalRepos(project.getAdditionalRepos()).unlistedOnHp(project.getUnlistedOnHp())
                    .enableNet(project.getEnableNet()).autoPrune(project.getAutoPrune())
                    .develMode(project.getDevelMode()).moduleHotfixes(project.getModuleHotfixes())
                    .bootstrap(project.getBootstrap()).isolation(project.getIsolation())
                    .followFedoraBranching(project.getFollowFedoraBranching()).appstream(project.getAppstream())
                    .packitForgeProjectsAllowed(project.getPackitForgeProjectsAllowed())
                    .repoPriority(project.getRepoPriority()).persistent(project.getPersistent())
                    .storage(project.getStorage()).build();
            return new DeclaredProject(property, required(property + ".owner", project.getOwner()),
                    required(property + ".name", project.getName()), desired);
        } catch (CoprValidationException e) {
            throw new CoprConfigException(property + ": " + e.getMessage());
        }
    }

    private static String required(String property, @Nullable String value) {
        if (value == null || value.isBlank()) {
            throw new CoprConfigException(property + " is not set: name the project's owner (a user or @group)"
                    + " and name in each entry of copr.ensure.projects");
        }
        return value;
    }

    /** E.g. {@code jdoe/hello (copr.ensure.projects[0])}. */
    String describe() {
        return owner + "/" + name + " (" + property + ")";
    }
}
