package dev.copr.test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

/** {@code /monitor}: the latest build of each package in each chroot of a project directory. */
final class MonitorApi {

    private static final Set<String> FIELDS = Set.of("url_build_log", "url_backend_log", "url_build");

    private final StubState state;

    MonitorApi(StubState state) {
        this.state = state;
    }

    void register(Router router) {
        router.add("GET", "/monitor", this::monitor);
    }

    private Object monitor(StubRequest request) {
        ProjectRecord project = state.project(request.argument("ownername"), request.argument("projectname"));
        Set<String> fields = new TreeSet<>(request.queryValues("additional_fields[]"));
        List<String> wrong = fields.stream().filter(field -> !FIELDS.contains(field)).toList();
        if (!wrong.isEmpty()) {
            throw CoprError.badRequest("Wrong additional_fields argument(s): " + String.join(", ", wrong));
        }
        String dirname = request.optionalArgument("project_dirname");
        if (dirname == null || dirname.isEmpty()) {
            dirname = project.name;
        } else if (!project.hasDir(dirname)) {
            throw CoprError.notFound("Dirname '" + dirname + "' doesn't exist in '" + project.fullName() + "' copr");
        }
        Map<String, Map<String, Object>> packages = new TreeMap<>();
        String dir = dirname;
        List<BuildRecord> newestFirst = state.builds(project).stream().filter(build -> build.dirname.equals(dir))
                .sorted(Comparator.comparingLong((BuildRecord build) -> build.id).reversed()).toList();
        for (BuildRecord build : newestFirst) {
            String packageName = build.packageName;
            if (packageName == null) {
                continue;
            }
            build.chroots.values().stream()
                    .filter(chroot -> project.chroots.containsKey(chroot.name))
                    .forEach(chroot -> packages.computeIfAbsent(packageName, name -> new LinkedHashMap<>())
                            .putIfAbsent(chroot.name, chrootDict(project, build, packageName, chroot, fields)));
        }
        List<Object> items = new ArrayList<>();
        packages.forEach((name, chroots) -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("name", name);
            item.put("chroots", chroots);
            items.add(item);
        });
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("output", "ok");
        json.put("message", "Project monitor request successful");
        json.put("packages", items);
        return json;
    }

    private Map<String, Object> chrootDict(ProjectRecord project, BuildRecord build, String packageName,
                                           BuildChrootRecord chroot, Set<String> fields) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("state", chroot.state.coprName());
        json.put("status", chroot.state.status());
        json.put("build_id", build.id);
        String results = chroot.hasResultDir
                ? state.links.chrootResults(project.ownername, build.dirname, chroot.name, build.id, packageName)
                : null;
        if (fields.contains("url_build_log")) {
            json.put("url_build_log", log(results, "builder-live.log", chroot, Set.of("running")));
        }
        if (fields.contains("url_backend_log")) {
            json.put("url_backend_log", log(results, "backend.log", chroot, Set.of("starting", "running")));
        }
        json.put("pkg_version", build.pkgVersion);
        return json;
    }

    /** Copr's log URL: plain while the chroot is building, {@code .gz} when finished, else none. */
    private static @Nullable String log(@Nullable String results, String name, BuildChrootRecord chroot,
                                        Set<String> plainStates) {
        if (results == null) {
            return null;
        }
        String state = chroot.state.coprName();
        if (plainStates.contains(state)) {
            return results + name;
        }
        return Set.of("failed", "succeeded", "canceled", "importing").contains(state) ? results + name + ".gz" : null;
    }
}
