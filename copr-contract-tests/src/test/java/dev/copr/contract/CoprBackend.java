package dev.copr.contract;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Plays Copr's backend and dist-git importer for one build through the frontend's own {@code /backend/}
 * routes (HTTP basic auth with the frontend's {@code BACKEND_PASSWORD}), as the real ones do: the
 * source build starts and ends with the package's name, version and SRPM URL, the import completes,
 * then every chroot starts and ends, as told, succeeded with the built packages' NEVRAs in its results or
 * failed. Nothing is built.
 */
final class CoprBackend {

    private static final Set<String> ENDED = Set.of("succeeded", "failed", "canceled", "skipped", "forked");
    private static final Pattern SRPM = Pattern.compile("^(.+)-([^-]+)-([^-]+)\\.src\\.rpm$");
    /** copr-common's StatusEnum: the numbers the backend sends. */
    private static final int FAILED = 0;
    private static final int SUCCEEDED = 1;
    private static final int RUNNING = 3;
    private static final int STARTING = 6;

    private final String url;
    private final String authorization;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final JsonMapper json = JsonMapper.builder().build();

    CoprBackend(URI frontend, String backendPassword) {
        this.url = frontend.toString().replaceAll("/+$", "");
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString(("backend:" + backendPassword).getBytes(StandardCharsets.UTF_8));
    }

    /** Moves the build on step by step until it ended, its chroots failing where {@code succeeds} says no. */
    void finish(long buildId, Predicate<String> succeeds) {
        for (int step = 0; step < 10; step++) {
            if (ENDED.contains(step(buildId, succeeds))) {
                return;
            }
        }
        throw new IllegalStateException("build " + buildId + " did not end after 10 backend steps");
    }

    /** Whether {@code /backend/pending-jobs/} lists a job (source build or chroot) of the build. */
    boolean pendingJob(long buildId) {
        for (JsonNode job : get("/backend/pending-jobs/")) {
            if (job.path("build_id").asLong() == buildId) {
                return true;
            }
        }
        return false;
    }

    /** One step of the backend or importer; returns the build's state before it. */
    private String step(long buildId, Predicate<String> succeeds) {
        JsonNode build = get("/api_3/build/" + buildId);
        String state = build.path("state").asString();
        if (ENDED.contains(state)) {
            return state;
        }
        Map<String, String> chroots = new LinkedHashMap<>();
        get("/api_3/build-chroot/list/" + buildId).path("items")
                .forEach(chroot -> chroots.put(chroot.path("name").asString(), chroot.path("state").asString()));
        String resultDir = "%08d".formatted(buildId);
        NameVersion package_ = nameVersion(build);
        if (state.equals("importing")) {
            JsonNode task = get("/backend/get-import-task/" + buildId);
            Map<String, String> commits = new LinkedHashMap<>();
            task.path("branches").forEach(branch -> commits.put(branch.asString(), "%040x".formatted(buildId)));
            post("import-completed/", Map.of("build_id", buildId, "pkg_name", package_.name(),
                    "pkg_version", package_.version(), "reponame", build.path("ownername").asString() + "/"
                            + build.path("project_dirname").asString() + "/" + package_.name(),
                    "branch_commits", commits));
        } else if (chroots.containsValue("pending")) {
            chroots.forEach((chroot, chrootState) -> {
                if (chrootState.equals("pending")) {
                    start(buildId, buildId + "-" + chroot, chroot, resultDir);
                }
            });
        } else if (chroots.containsValue("running")) {
            List<Map<String, Object>> updates = new ArrayList<>();
            chroots.forEach((chroot, chrootState) -> {
                if (chrootState.equals("running")) {
                    updates.add(chrootEnd(buildId, chroot, resultDir, package_, succeeds.test(chroot)));
                }
            });
            post("update/", Map.of("builds", updates));
        } else if (state.equals("pending")) {
            start(buildId, String.valueOf(buildId), "srpm-builds", resultDir);
        } else if (state.equals("running")) {
            post("update/", Map.of("builds", List.of(Map.of("id", buildId, "task_id", String.valueOf(buildId),
                    "chroot", "srpm-builds", "status", SUCCEEDED, "ended_on", now(), "result_dir", resultDir,
                    "pkg_name", package_.name(), "pkg_version", package_.version(),
                    "srpm_url", url + "/results/" + build.path("ownername").asString() + "/"
                            + build.path("project_dirname").asString() + "/srpm-builds/" + resultDir + "/"
                            + package_.name() + "-" + package_.version() + ".src.rpm"))));
        } else {
            throw new IllegalStateException("build " + buildId + ": no backend step from state " + state);
        }
        return state;
    }

    private static Map<String, Object> chrootEnd(long buildId, String chroot, String resultDir, NameVersion package_,
                                                 boolean succeed) {
        String arch = chroot.substring(chroot.lastIndexOf('-') + 1);
        int dash = package_.version().lastIndexOf('-');
        // copr-rpmbuild lists every RPM of the result dir, the rebuilt SRPM too; a failed build has none
        List<Map<String, Object>> packages = (succeed ? List.of(arch, "src") : List.<String>of()).stream()
                .<Map<String, Object>>map(packageArch -> Map.of("name", package_.name(), "epoch", 0,
                        "version", package_.version().substring(0, dash),
                        "release", package_.version().substring(dash + 1), "arch", packageArch))
                .toList();
        return Map.of("id", buildId, "task_id", buildId + "-" + chroot, "chroot", chroot,
                "status", succeed ? SUCCEEDED : FAILED, "ended_on", now(), "result_dir", resultDir,
                "results", Map.of("packages", packages));
    }

    /** What a worker sends when it takes a task: {@code starting_build}, then {@code update} to running. */
    private void start(long buildId, String taskId, String chroot, String resultDir) {
        Map<String, Object> job = new LinkedHashMap<>(Map.of("build_id", buildId, "id", buildId, "task_id", taskId,
                "chroot", chroot, "result_dir", resultDir, "started_on", now()));
        job.put("status", STARTING);
        if (post("starting_build/", job).path("can_start").asBoolean()) {
            job.put("status", RUNNING);
            post("update/", Map.of("builds", List.of(job)));
        }
    }

    /** The package name and version the backend reports: from the SRPM's file name, else version 1.0-1. */
    private static NameVersion nameVersion(JsonNode build) {
        JsonNode source = build.path("source_package");
        String url = source.path("url").asString("");
        Matcher srpm = SRPM.matcher(url.substring(url.lastIndexOf('/') + 1));
        if (srpm.matches()) {
            return new NameVersion(srpm.group(1), srpm.group(2) + "-" + srpm.group(3));
        }
        String name = source.path("name").asString("");
        return new NameVersion(name.isEmpty() ? "custom-pkg" : name, "1.0-1");
    }

    private static long now() {
        return Instant.now().getEpochSecond();
    }

    private JsonNode get(String path) {
        return send(HttpRequest.newBuilder(URI.create(url + path)).GET(), path);
    }

    private JsonNode post(String backendPath, Object body) {
        return send(HttpRequest.newBuilder(URI.create(url + "/backend/" + backendPath))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))), "/backend/" + backendPath);
    }

    private JsonNode send(HttpRequest.Builder request, String path) {
        try {
            HttpResponse<String> response = http.send(request.header("Authorization", authorization)
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 400) {
                throw new IllegalStateException(path + ": HTTP " + response.statusCode() + " " + response.body());
            }
            return json.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException(path + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(path + ": interrupted", e);
        }
    }

    private record NameVersion(String name, String version) {
    }
}
