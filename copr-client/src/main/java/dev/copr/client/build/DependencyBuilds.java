package dev.copr.client.build;

import dev.copr.client.exception.CoprRequestException;
import dev.copr.client.exception.CoprValidationException;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The builds a {@link DependencyOrder} submitted, by package, with the layers Copr runs them in (one
 * batch each, each after the one before). Copr starts a layer once the layer before has finished,
 * whether its builds succeeded, failed or were canceled: it cancels nothing on its own. To stop the
 * builds that depend on a failed one, watch them with {@link #cancellingDependents()}:
 *
 * <pre>{@code
 * BuildWatcher watcher = copr.builds().watcher().onStateChange(builds.cancellingDependents()).build();
 * Map<String, Build> ended = builds.waitFor(watcher);
 * }</pre>
 *
 * Thread-safe.
 *
 * @since 0.1.0
 */
public final class DependencyBuilds {

    private static final Logger log = LoggerFactory.getLogger(DependencyBuilds.class);

    private final BuildProxy proxy;
    private final List<String> names;
    private final List<List<String>> layers;
    private final Map<String, List<String>> dependencies;
    private final Map<Long, String> nameOfBuild = new HashMap<>();
    /** Each build as last seen: submitted, polled by {@link #waitFor}, or canceled here. */
    private final Map<String, Build> latest = new ConcurrentHashMap<>();
    private final Set<String> canceled = ConcurrentHashMap.newKeySet();

    DependencyBuilds(BuildProxy proxy, Map<String, Build> builds, List<List<String>> layers,
                     Map<String, List<String>> dependencies) {
        this.proxy = proxy;
        this.names = List.copyOf(builds.keySet());
        this.layers = layers;
        this.dependencies = Collections.unmodifiableMap(new LinkedHashMap<>(dependencies));
        builds.forEach((name, build) -> {
            nameOfBuild.put(build.id(), name);
            latest.put(name, build);
        });
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

    /**
     * A listener for a {@link BuildWatcher} that, as soon as it sees a build of these packages failed or
     * canceled, cancels every build that depends on it and has not ended, what Copr does not do. With the
     * watcher's end signals live it hears of a failure from Copr's message bus, else from its polls.
     * A build that ended meanwhile (Copr answers 409) is left as it is.
     */
    public BuildStateListener cancellingDependents() {
        return (build, previous) -> {
            String name = nameOfBuild.get(build.id());
            if (name == null || (build.state() != BuildState.FAILED && build.state() != BuildState.CANCELED)) {
                return;
            }
            latest.put(name, build);
            for (String dependent : dependents(name)) {
                if (!build(dependent).ended() && canceled.add(dependent)) {
                    cancel(dependent, name);
                }
            }
        };
    }

    private void cancel(String dependent, String failed) {
        long id = build(dependent).id();
        try {
            latest.put(dependent, proxy.cancel(id));
            log.info("Canceled build {} of {}: it depends on {}, whose build did not succeed", id, dependent, failed);
        } catch (CoprRequestException e) {
            if (e.getStatus() != 409) {
                throw e;
            }
            log.debug("Build {} of {} ended before it could be canceled", id, dependent);
        }
    }

    /**
     * Waits with the watcher until every build has ended, one layer after the other (a layer cannot start
     * before the one before has ended, so this costs no time), and returns the builds by package as they
     * ended. A build canceled by {@link #cancellingDependents()} is not waited for. The watcher's timeout
     * applies to each layer.
     * @throws dev.copr.client.exception.CoprTimeoutException when a layer's wait times out
     */
    public Map<String, Build> waitFor(BuildWatcher watcher) {
        for (List<String> layer : layers) {
            List<String> open = layer.stream().filter(name -> !build(name).ended()).toList();
            List<Build> ended = watcher.waitFor(open.stream().map(this::build).toList());
            for (int i = 0; i < open.size(); i++) {
                latest.put(open.get(i), ended.get(i));
            }
        }
        return builds();
    }
}
