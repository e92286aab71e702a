package dev.copr.client.event;

/**
 * A chroot of a build started: topic {@code copr.build.start}, sent when a builder takes it (state
 * {@code running}).
 *
 * @param message the message's fields
 * @since 0.1.0
 */
public record CoprBuildStarted(BuildChrootMessage message) implements CoprBuildEvent {

    /** The topic without the bus's prefix. */
    public static final String TOPIC = "copr.build.start";

    @Override
    public String topic() {
        return TOPIC;
    }
}
