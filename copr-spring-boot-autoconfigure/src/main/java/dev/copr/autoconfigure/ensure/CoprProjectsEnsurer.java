package dev.copr.autoconfigure.ensure;

import dev.copr.client.exception.CoprException;
import dev.copr.client.project.ProjectChanges;
import dev.copr.client.project.ProjectProxy;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;

/**
 * Brings the projects of {@code copr.ensure.projects} into their desired state once every singleton exists,
 * so that a failure stops start-up, and logs each project's diff.
 */
final class CoprProjectsEnsurer implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(CoprProjectsEnsurer.class);

    private final ProjectProxy projects;
    private final List<DeclaredProject> declared;
    private final boolean dryRun;

    CoprProjectsEnsurer(ProjectProxy projects, List<DeclaredProject> declared, boolean dryRun) {
        this.projects = projects;
        this.declared = declared;
        this.dryRun = dryRun;
    }

    @Override
    public void afterSingletonsInstantiated() {
        for (DeclaredProject project : declared) {
            ProjectChanges changes;
            try {
                changes = dryRun ? projects.diff(project.owner(), project.name(), project.desired())
                        : projects.ensure(project.owner(), project.name(), project.desired());
            } catch (CoprException e) {
                throw new CoprEnsureException(project, e);
            }
            log.info("Copr project {}{}", changes, dryRun ? " (copr.ensure.dry-run)" : "");
        }
    }
}
