package dev.copr.test;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A message Copr's backend publishes on its message bus when a chroot of a build, or its source
 * build (chroot {@code srpm-builds}), starts or ends, as a {@link CoprStub} hands it to its
 * {@link BusPublisher}. The body has copr_messaging's fields in the order the backend writes them:
 * {@code user, copr, owner, pkg, build, chroot, version, status, ip, who, pid, what}; {@code ip},
 * {@code who} and {@code pid} name a made-up builder and backend worker, the same for a chroot's
 * start and end.
 *
 * @param topic the topic without the bus's prefix: {@code copr.build.start}, {@code copr.chroot.start}
 *              or {@code copr.build.end}
 * @param body the JSON body's fields, unmodifiable; {@code pkg}, {@code version} and {@code ip} may be null
 * @param severity fedora-messaging's severity: 10 (debug) for {@code copr.chroot.start}, else 20 (info)
 * @param sentAt when it was sent, by the stub's clock, in whole seconds
 * @param usernames the users it concerns as fedora-messaging's filter headers name them: the submitter
 *                  and the owner, without groups, sorted
 * @since 0.1.0
 */
public record BusMessage(String topic, Map<String, @Nullable Object> body, int severity, Instant sentAt,
                         List<String> usernames) {

    /** A message; the body is copied, keeping its order. */
    public BusMessage {
        body = Collections.unmodifiableMap(new LinkedHashMap<>(body));
        usernames = List.copyOf(usernames);
    }

    /** The build the message is about ({@code build}). */
    public long buildId() {
        return ((Number) Objects.requireNonNull(body.get("build"), "build")).longValue();
    }

    /** The chroot the message is about, {@code srpm-builds} for the source build ({@code chroot}). */
    public String chroot() {
        return String.valueOf(body.get("chroot"));
    }

    /** The body as fedora-messaging sends it: a JSON object in UTF-8. */
    public byte[] json() {
        return Json.write(body);
    }
}
