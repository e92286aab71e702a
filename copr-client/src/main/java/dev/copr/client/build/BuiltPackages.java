package dev.copr.client.build;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The RPMs a build produced in each of its chroots, as {@code GET /api_3/build/built-packages/{id}}
 * answers ({@code {"<chroot>": {"packages": [...]}}}).
 *
 * @param chroots the chroot name → its packages, in Copr's order
 * @since 0.1.0
 */
public record BuiltPackages(Map<String, ChrootPackages> chroots) {

    public BuiltPackages {
        chroots = chroots == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(chroots));
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static BuiltPackages fromJson(Map<String, ChrootPackages> chroots) {
        return new BuiltPackages(chroots);
    }

    /** The packages built in {@code chroot}; empty when the build has no such chroot or built nothing there. */
    public List<BuiltPackage> in(String chroot) {
        ChrootPackages packages = chroots.get(chroot);
        return packages == null ? List.of() : packages.packages();
    }

    @JsonValue
    Map<String, ChrootPackages> toJson() {
        return chroots;
    }
}
