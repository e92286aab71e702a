/**
 * Copr's build events from its message bus ({@code copr.events.*}): a RabbitMQ consumer that publishes
 * them as Spring application events and tells the client's build watchers when chroots end.
 */
@NullMarked
package dev.copr.autoconfigure.events;

import org.jspecify.annotations.NullMarked;
