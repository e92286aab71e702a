package dev.copr.client.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class DependencyGraphTest {

    @Test
    void packageSitsOneLayerAfterItsLatestDependency() {
        Map<String, List<String>> dependencies = new LinkedHashMap<>();
        dependencies.put("app", List.of("lib", "tool"));
        dependencies.put("tool", List.of("base"));
        dependencies.put("lib", List.of());
        dependencies.put("base", List.of());
        dependencies.put("docs", List.of());

        assertThat(new DependencyGraph(dependencies).layers())
                .containsExactly(List.of("lib", "base", "docs"), List.of("tool"), List.of("app"));
    }

    @Test
    void diamondIsThreeLayers() {
        Map<String, List<String>> dependencies = new LinkedHashMap<>();
        dependencies.put("top", List.of("left", "right"));
        dependencies.put("left", List.of("bottom"));
        dependencies.put("right", List.of("bottom"));
        dependencies.put("bottom", List.of());

        assertThat(new DependencyGraph(dependencies).layers())
                .containsExactly(List.of("bottom"), List.of("left", "right"), List.of("top"));
    }
}
