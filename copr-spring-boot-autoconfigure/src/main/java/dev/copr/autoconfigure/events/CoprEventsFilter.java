package dev.copr.autoconfigure.events;

import dev.copr.client.event.BuildChrootMessage;
import dev.copr.client.exception.CoprConfigException;

import java.util.List;
import java.util.Set;

/**
 * Which events become application events: those of the listed owners and those of the listed
 * projects ({@code owner/name}); all when both lists are empty.
 */
record CoprEventsFilter(Set<String> owners, Set<String> projects) {

    CoprEventsFilter {
        owners = Set.copyOf(owners);
        projects = Set.copyOf(projects);
    }

    /** The filter of {@code copr.events.owners} and {@code copr.events.projects}. */
    static CoprEventsFilter of(CoprEventsProperties properties) {
        List<String> projects = properties.getProjects();
        for (String project : projects) {
            int slash = project.indexOf('/');
            if (slash <= 0 || slash == project.length() - 1 || project.indexOf('/', slash + 1) >= 0) {
                throw new CoprConfigException("copr.events.projects has '" + project + "', which is not a project's"
                        + " full name: write it as owner/name, e.g. @copr/copr-dev");
            }
        }
        return new CoprEventsFilter(Set.copyOf(properties.getOwners()), Set.copyOf(projects));
    }

    boolean passes(BuildChrootMessage message) {
        return owners.isEmpty() && projects.isEmpty() || owners.contains(message.owner())
                || projects.contains(message.projectFullName());
    }
}
