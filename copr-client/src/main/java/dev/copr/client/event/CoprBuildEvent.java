package dev.copr.client.event;

/**
 * A build event Copr publishes on its message bus, one type per topic; in a Spring application
 * each arrives as an application event ({@code @EventListener void on(CoprBuildEnded ended)}).
 *
 * @since 0.1.0
 */
public sealed interface CoprBuildEvent permits CoprBuildStarted, CoprBuildEnded, CoprChrootStarted {

    /** The message's fields. */
    BuildChrootMessage message();

    /** The topic without the bus's prefix, e.g. {@code copr.build.end}. */
    String topic();
}
