package dev.copr.client.build;

import dev.copr.client.exception.CoprValidationException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Packages and the packages each depends on, checked and cut into layers: layer 0 depends on
 * nothing, each later layer only on the layers before it (a package sits one layer after its
 * latest dependency). Names keep the order they were added in, within each layer too.
 */
final class DependencyGraph {

    private final Map<String, List<String>> dependencies;

    /**
     * @param dependencies each package's dependencies, in the order the packages were added
     * @throws CoprValidationException when a dependency was not added, or the packages depend on each other
     *         in a cycle (named like {@code a -> b -> a})
     */
    DependencyGraph(Map<String, List<String>> dependencies) {
        this.dependencies = dependencies;
        dependencies.forEach((name, needs) -> needs.forEach(dependency -> {
            if (!dependencies.containsKey(dependency)) {
                throw new CoprValidationException("Package " + name + " depends on " + dependency
                        + ", which was not added: add it, or drop the dependency");
            }
        }));
        Set<String> seen = new HashSet<>();
        dependencies.keySet().forEach(name -> visit(name, new ArrayList<>(), seen));
    }

    /** Depth first: a dependency that is still on the path closes a cycle. */
    private void visit(String name, List<String> path, Set<String> seen) {
        if (!seen.add(name)) {
            int start = path.indexOf(name);
            if (start >= 0) {
                List<String> cycle = new ArrayList<>(path.subList(start, path.size()));
                cycle.add(name);
                throw new CoprValidationException("Packages depend on each other in a cycle, " + String.join(" -> ",
                        cycle) + ": Copr can build them in no order; drop one of these dependencies");
            }
            return;
        }
        path.add(name);
        dependenciesOf(name).forEach(dependency -> visit(dependency, path, seen));
        path.remove(path.size() - 1);
    }

    /** The layers, each in the order its packages were added. */
    List<List<String>> layers() {
        Map<String, Integer> layerOf = new HashMap<>();
        List<List<String>> layers = new ArrayList<>();
        for (String name : dependencies.keySet()) {
            int layer = layer(name, layerOf);
            while (layers.size() <= layer) {
                layers.add(new ArrayList<>());
            }
            layers.get(layer).add(name);
        }
        return layers.stream().map(List::copyOf).toList();
    }

    private int layer(String name, Map<String, Integer> layerOf) {
        Integer known = layerOf.get(name);
        if (known != null) {
            return known;
        }
        int layer = dependenciesOf(name).stream().mapToInt(dependency -> layer(dependency, layerOf) + 1).max()
                .orElse(0);
        layerOf.put(name, layer);
        return layer;
    }

    private List<String> dependenciesOf(String name) {
        return dependencies.getOrDefault(name, List.of());
    }
}
