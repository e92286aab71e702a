package dev.copr.client.build;

import dev.copr.client.exception.CoprValidationException;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The builds a {@link DependencyOrder} submitted, by package, with the layers Copr runs them in (one
 * batch each, each after the one before). Copr starts a layer once the layer before has finished,
 * whether its builds succeeded, failed or were canceled: it cancels nothing on its own. Thread-safe.
 *
 * @since 0.1.0
 */
public final class DependencyBuilds {

    private final List<String> names;
    private final List<List<String>> layers;
    private final Map<String, List<String>> dependencies;
    /** Each build as last seen. */
    private final Map<String, Build> latest = new ConcurrentHashMap<>();

    DependencyBuilds(Map<String, Build> builds, List<List<String>> layers,
                     Map<String, List<String>> dependencies) {
        this.names = List.copyOf(builds.keySet());
        this.layers = layers;
        this.dependencies = Collections.unmodifiableMap(new LinkedHashMap<>(dependencies));
        latest.putAll(builds);
    }

    /** The builds by package, in the order the packages were added, as last seen. */
    public Map<String, Build> builds() {
        Map<String, Build> builds = new LinkedHashMap<>();
        names.forEach(name -> builds.put(name, build(name)));
        return Collections.unmodifiableMap(builds);
    }

    /**
     * The build of a package, as last seen.
     * @throws CoprValidationException when no package of that name was added
     */
    public Build build(String name) {
        Build build = latest.get(name);
        if (build == null) {
            throw new CoprValidationException("No package " + name + " was added; packages: " + names);
        }
        return build;
    }

    /** The packages of each batch, in the order Copr runs the batches; the first depends on nothing. */
    public List<List<String>> layers() {
        return layers;
    }

    /** Each package's direct dependencies, as added. */
    public Map<String, List<String>> dependencies() {
        return dependencies;
    }

    /**
     * The packages that depend on this one, directly or through others, in the order they were added.
     * @throws CoprValidationException when no package of that name was added
     */
    public Set<String> dependents(String name) {
        build(name);
        Set<String> found = new LinkedHashSet<>();
        List<String> todo = new ArrayList<>(List.of(name));
        while (!todo.isEmpty()) {
            String dependency = todo.remove(todo.size() - 1);
            dependencies.forEach((dependent, needs) -> {
                if (needs.contains(dependency) && found.add(dependent)) {
                    todo.add(dependent);
                }
            });
        }
        Set<String> ordered = new LinkedHashSet<>(names);
        ordered.retainAll(found);
        return Collections.unmodifiableSet(ordered);
    }
}
