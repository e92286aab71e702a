/**
 * Publishing a Copr stub's bus messages to an AMQP broker as fedora-messaging publishes Copr's, with Spring AMQP.
 */
@NullMarked
package dev.copr.test.amqp;

import org.jspecify.annotations.NullMarked;
