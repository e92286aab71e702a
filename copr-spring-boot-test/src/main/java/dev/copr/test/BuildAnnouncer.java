package dev.copr.test;

import dev.copr.client.build.BuildState;
import dev.copr.client.event.BuildChrootMessage;
import dev.copr.client.event.CoprBuildEnded;
import dev.copr.client.event.CoprBuildStarted;
import dev.copr.client.event.CoprChrootStarted;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands a {@link BusPublisher} the messages Copr's backend sends as a build's chroots and source
 * build start and end (copr_messaging's {@code BuildChrootStartedV1}, {@code BuildChrootStartedV1DontUse}
 * and {@code BuildChrootEndedV1}, built as the backend's {@code msgbus.message_from_worker_job} builds
 * them). Each chroot, and each source build, runs on a worker of its own: {@code who} names it as
 * the backend does ({@code backend.worker-rpm_build_worker:<task id>}), {@code pid} and {@code ip}
 * are made up from the build's or the chroot's id.
 */
final class BuildAnnouncer {

    private static final Logger log = LoggerFactory.getLogger(CoprStub.class);
    private static final int INFO = 20;
    private static final int DEBUG = 10;

    private final @Nullable BusPublisher publisher;

    BuildAnnouncer(@Nullable BusPublisher publisher) {
        this.publisher = publisher;
    }

    /** The source build started: {@code build.start}, then {@code chroot.start}, in chroot {@code srpm-builds}. */
    void sourceStarted(StubState state, BuildRecord build) {
        started(state, build, sourceWorker(build));
    }

    /** The source build ended; {@code status} is succeeded or failed. */
    void sourceEnded(StubState state, BuildRecord build, BuildState status) {
        ended(state, build, sourceWorker(build), status);
    }

    /** A chroot started: {@code build.start}, then {@code chroot.start}. */
    void chrootStarted(StubState state, BuildRecord build, BuildChrootRecord chroot) {
        started(state, build, chrootWorker(build, chroot));
    }

    /** A chroot ended; {@code status} is succeeded or failed. */
    void chrootEnded(StubState state, BuildRecord build, BuildChrootRecord chroot, BuildState status) {
        ended(state, build, chrootWorker(build, chroot), status);
    }

    private void started(StubState state, BuildRecord build, Worker worker) {
        Map<String, @Nullable Object> body = body(state, build, worker, BuildState.RUNNING);
        publish(state, CoprBuildStarted.TOPIC, body, "build start: user:{user} copr:{copr} pkg:{pkg} build:{build}"
                + " ip:{ip} pid:{pid}", INFO);
        publish(state, CoprChrootStarted.TOPIC, body, "chroot start: chroot:{chroot} user:{user} copr:{copr}"
                + " pkg:{pkg} build:{build} ip:{ip} pid:{pid}", DEBUG);
    }

    private void ended(StubState state, BuildRecord build, Worker worker, BuildState status) {
        publish(state, CoprBuildEnded.TOPIC, body(state, build, worker, status), "build end: user:{user} copr:{copr}"
                + " build:{build} pkg:{pkg} version:{version} ip:{ip} pid:{pid} status:{status}", INFO);
    }

    private static Map<String, @Nullable Object> body(StubState state, BuildRecord build, Worker worker,
                                                      BuildState status) {
        ProjectRecord project = state.projectOf(build);
        boolean source = worker.chroot().equals(BuildChrootMessage.SOURCE_BUILD_CHROOT);
        Map<String, @Nullable Object> body = new LinkedHashMap<>();
        body.put("user", build.submitter);
        body.put("copr", project.name);
        body.put("owner", project.ownername);
        // The backend's source build job carries no package: it is what the source build finds out
        body.put("pkg", source ? null : build.packageName);
        body.put("build", build.id);
        body.put("chroot", worker.chroot());
        body.put("version", source ? null : build.pkgVersion);
        body.put("status", status.status());
        body.put("ip", worker.ip());
        body.put("who", worker.who());
        body.put("pid", worker.pid());
        return body;
    }

    private void publish(StubState state, String topic, Map<String, @Nullable Object> fields, String what,
                         int severity) {
        BusPublisher current = publisher;
        if (current == null) {
            return;
        }
        Map<String, @Nullable Object> body = new LinkedHashMap<>(fields);
        body.put("what", format(what, fields));
        BusMessage message = new BusMessage(topic, body, severity, Instant.ofEpochSecond(state.now()),
                usernames(body));
        try {
            current.publish(message);
        } catch (RuntimeException e) {
            log.warn("Copr stub could not publish {} of build {} in {}", topic, message.buildId(), message.chroot(),
                    e);
        }
    }

    /** Python's {@code str.format} of the backend's templates: a missing value is {@code None}. */
    private static String format(String template, Map<String, @Nullable Object> fields) {
        String text = template;
        for (Map.Entry<String, @Nullable Object> field : fields.entrySet()) {
            text = text.replace("{" + field.getKey() + "}", String.valueOf(field.getValue() == null ? "None"
                    : field.getValue()));
        }
        return text;
    }

    /** copr_messaging's {@code usernames}: the submitter (unless namespaced, e.g. github.com:name) and the owner, no groups. */
    private static List<String> usernames(Map<String, @Nullable Object> body) {
        Set<String> names = new TreeSet<>();
        if (body.get("user") instanceof String submitter && !submitter.contains(":") && !submitter.startsWith("@")) {
            names.add(submitter);
        }
        if (body.get("owner") instanceof String owner && !owner.startsWith("@")) {
            names.add(owner);
        }
        return List.copyOf(names);
    }

    private static Worker sourceWorker(BuildRecord build) {
        return new Worker(BuildChrootMessage.SOURCE_BUILD_CHROOT, String.valueOf(build.id), 10_000 + build.id,
                "172.25.0." + (build.id % 250 + 1));
    }

    private static Worker chrootWorker(BuildRecord build, BuildChrootRecord chroot) {
        return new Worker(chroot.name, build.id + "-" + chroot.name, 20_000 + chroot.id,
                "172.25.1." + (chroot.id % 250 + 1));
    }

    /** The backend worker that runs one task, and the builder it runs it on. */
    private record Worker(String chroot, String taskId, long pid, String ip) {

        String who() {
            return "backend.worker-rpm_build_worker:" + taskId;
        }
    }
}
