package dev.copr.client.event;

import dev.copr.client.build.BuildState;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * What Copr says on its message bus about one chroot of a build (copr_messaging's
 * {@code BuildChrootStartedV1} and {@code BuildChrootEndedV1}): each build sends one message per chroot
 * and phase, and one for its source build in chroot {@value #SOURCE_BUILD_CHROOT}.
 *
 * @param buildId the build ({@code build})
 * @param owner the project's owner, a user or {@code @group} ({@code owner})
 * @param project the project's name ({@code copr})
 * @param chroot the chroot, e.g. {@code fedora-rawhide-x86_64}, or {@value #SOURCE_BUILD_CHROOT} ({@code chroot})
 * @param state the chroot's state from Copr's numeric {@code status}; {@link BuildState#UNKNOWN} for a
 *              number this client does not know
 * @param packageName the package built, when Copr knows it already ({@code pkg})
 * @param packageVersion {@code [epoch:]version-release} of the package, when known ({@code version})
 * @param submitter who submitted the build, possibly namespaced as {@code github.com:name} ({@code user})
 * @param sentAt when the message was sent (fedora-messaging's {@code sent-at} header), when known
 * @since 0.1.0
 */
public record BuildChrootMessage(long buildId, String owner, String project, String chroot, BuildState state,
                                 @Nullable String packageName, @Nullable String packageVersion,
                                 @Nullable String submitter, @Nullable Instant sentAt) {

    /** The chroot name of a build's source (SRPM) build. */
    public static final String SOURCE_BUILD_CHROOT = "srpm-builds";

    /** {@code owner/project}, as Copr writes a project's full name. */
    public String projectFullName() {
        return owner + "/" + project;
    }

    /** Whether the message is about the build's source (SRPM) build rather than one of its chroots. */
    public boolean sourceBuild() {
        return SOURCE_BUILD_CHROOT.equals(chroot);
    }
}
