package dev.copr.client.event;

/**
 * A chroot of a build ended: topic {@code copr.build.end}, one per chroot and one for the source
 * build; the build has ended when all of them have.
 *
 * @param message the message's fields
 * @since 0.1.0
 */
public record CoprBuildEnded(BuildChrootMessage message) implements CoprBuildEvent {

    /** The topic without the bus's prefix. */
    public static final String TOPIC = "copr.build.end";

    @Override
    public String topic() {
        return TOPIC;
    }
}
