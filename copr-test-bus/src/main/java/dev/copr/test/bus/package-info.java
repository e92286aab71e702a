/**
 * An embedded AMQP broker shaped like Fedora's message bus, to test consumers of Copr's build events offline.
 */
@NullMarked
package dev.copr.test.bus;

import org.jspecify.annotations.NullMarked;
