package dev.copr.client.event;

/**
 * A chroot of a build started: topic {@code copr.chroot.start}, which Copr sends right after
 * {@code copr.build.start} with the same fields (copr_messaging advises against relying on it).
 *
 * @param message the message's fields
 * @since 0.1.0
 */
public record CoprChrootStarted(BuildChrootMessage message) implements CoprBuildEvent {

    /** The topic without the bus's prefix. */
    public static final String TOPIC = "copr.chroot.start";

    @Override
    public String topic() {
        return TOPIC;
    }
}
