package dev.copr.autoconfigure.events;

import java.time.Duration;
import java.util.concurrent.locks.ReentrantLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.AmqpException;
import org.springframework.amqp.core.AcknowledgeMode;
import org.springframework.amqp.core.Binding;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.MessageListener;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.connection.ConnectionListener;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.listener.AsyncConsumerStoppedEvent;
import org.springframework.amqp.rabbit.listener.ConsumeOkEvent;
import org.springframework.amqp.rabbit.listener.ListenerContainerConsumerFailedEvent;
import org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.SmartLifecycle;

/**
 * Consumes Copr's messages from a server-named, exclusive, auto-delete queue bound to the exchange
 * for {@code <prefix>copr.#}, as fedora-messaging does. The queue lives and dies with the
 * connection, so it is declared again, under a new name, on every new connection; the listener
 * container follows the new name when its consumer restarts, waiting between attempts with a
 * {@link ReconnectBackOff}. The container's events tell the status and the build end signals when
 * the consumer is connected.
 */
final class CoprEventsConsumer implements SmartLifecycle, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(CoprEventsConsumer.class);

    private final ConnectionFactory connectionFactory;
    private final boolean ownConnectionFactory;
    private final CoprEventsStatus status;
    private final BusBuildEndSignals signals;
    private final Queue queue = new Queue("", false, true, true);
    private final Binding binding;
    private final RabbitAdmin admin;
    private final ReconnectBackOff backOff = new ReconnectBackOff(Duration.ofSeconds(1), Duration.ofMinutes(1));
    private final SimpleMessageListenerContainer container;
    private final ReentrantLock declaring = new ReentrantLock();
    private final ConnectionListener declarer = connection -> declareIfMissing();

    /**
     * @param connectionFactory the connection to the bus
     * @param ownConnectionFactory whether the connection factory is the events' own, to destroy with them
     * @param properties exchange, topic prefix and prefetch
     * @param listener what to do with each message
     */
    CoprEventsConsumer(ConnectionFactory connectionFactory, boolean ownConnectionFactory,
                       CoprEventsProperties properties, MessageListener listener, CoprEventsStatus status,
                       BusBuildEndSignals signals) {
        this.connectionFactory = connectionFactory;
        this.ownConnectionFactory = ownConnectionFactory;
        this.status = status;
        this.signals = signals;
        // amq.topic exists on every broker and may not be declared: bind only
        this.binding = BindingBuilder.bind(queue).to(new TopicExchange(properties.getExchange()))
                .with(properties.getTopicPrefix() + "copr.#");
        this.admin = new RabbitAdmin(connectionFactory);
        this.container = new SimpleMessageListenerContainer(connectionFactory);
        container.setQueues(queue);
        container.setMessageListener(listener);
        container.setPrefetchCount(properties.getPrefetch());
        container.setAcknowledgeMode(AcknowledgeMode.AUTO);
        // The listener throws nothing; should anything escape, drop the message rather than loop on it
        container.setDefaultRequeueRejected(false);
        // A restarting consumer may still ask for the queue of the lost connection before it learns the new name
        container.setMissingQueuesFatal(false);
        // A refused login (a certificate not yet renewed, a hiccup of the broker's user store) is retried too,
        // rather than failing start-up or stopping the container for good
        container.setPossibleAuthenticationFailureFatal(false);
        container.setRecoveryBackOff(backOff);
        container.setApplicationEventPublisher(this::onContainerEvent);
        container.setBeanName("coprEvents");
        container.afterPropertiesSet();
    }

    @Override
    public void start() {
        connectionFactory.addConnectionListener(declarer);
        declareIfMissing();
        container.start();
    }

    @Override
    public void stop() {
        // Without its consumer the auto-delete queue goes away
        container.stop();
        connectionFactory.removeConnectionListener(declarer);
        status.disconnected();
    }

    @Override
    public boolean isRunning() {
        return container.isRunning();
    }

    @Override
    public void destroy() {
        container.destroy();
        if (ownConnectionFactory && connectionFactory instanceof CachingConnectionFactory caching) {
            caching.destroy();
        }
    }

    /** The connection factory the events consume through. */
    ConnectionFactory connectionFactory() {
        return connectionFactory;
    }

    private void onContainerEvent(Object event) {
        if (event instanceof ConsumeOkEvent consuming) {
            status.connected(consuming.getQueue());
            backOff.connected();
            signals.reconnected();
            log.info("Receiving Copr's build events from queue {} bound to {} for {}", consuming.getQueue(),
                    binding.getExchange(), binding.getRoutingKey());
        } else if (event instanceof ListenerContainerConsumerFailedEvent failed) {
            status.disconnected();
            signals.disconnected();
            if (!failed.isFatal()) {
                // Before the consumer restarts: so that it asks for the new queue, not the lost one
                declareIfMissing();
            }
        } else if (event instanceof AsyncConsumerStoppedEvent) {
            status.disconnected();
            signals.disconnected();
        }
    }

    /**
     * Declares the queue and its binding unless the queue of the last declaration still exists (on
     * this connection, since it is exclusive). A declaration may itself open the connection, whose
     * listener then leaves the declaring to it.
     */
    private void declareIfMissing() {
        if (declaring.isHeldByCurrentThread()) {
            return;
        }
        declaring.lock();
        try {
            if (admin.getQueueInfo(queue.getActualName()) != null) {
                return;
            }
            admin.declareQueue(queue);
            admin.declareBinding(binding);
            log.debug("Declared queue {} bound to {} for {}", queue.getActualName(), binding.getExchange(),
                    binding.getRoutingKey());
        } catch (AmqpException e) {
            log.warn("Could not declare the queue for Copr's build events, trying again when the consumer"
                    + " restarts: {}", e.toString());
        } finally {
            declaring.unlock();
        }
    }
}
