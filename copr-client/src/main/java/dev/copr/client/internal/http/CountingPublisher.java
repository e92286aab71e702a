package dev.copr.client.internal.http;

import java.net.http.HttpRequest;
import java.nio.ByteBuffer;
import java.util.Objects;
import java.util.concurrent.Flow;
import java.util.function.LongConsumer;

import org.jspecify.annotations.Nullable;

/**
 * A request body that reports how many bytes the HTTP client has taken so far, chunk by chunk, as it
 * sends them. A failing report (e.g. a listener that throws) cancels the body and fails the request.
 */
final class CountingPublisher implements HttpRequest.BodyPublisher {

    private final HttpRequest.BodyPublisher body;
    private final LongConsumer taken;

    CountingPublisher(HttpRequest.BodyPublisher body, LongConsumer taken) {
        this.body = body;
        this.taken = taken;
    }

    @Override
    public long contentLength() {
        return body.contentLength();
    }

    @Override
    public void subscribe(Flow.Subscriber<? super ByteBuffer> subscriber) {
        body.subscribe(new Counting(subscriber));
    }

    private final class Counting implements Flow.Subscriber<ByteBuffer> {
        private final Flow.Subscriber<? super ByteBuffer> downstream;
        private Flow.@Nullable Subscription subscription;
        private long count;
        private boolean failed;

        Counting(Flow.Subscriber<? super ByteBuffer> downstream) {
            this.downstream = downstream;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            downstream.onSubscribe(subscription);
        }

        @Override
        public void onNext(ByteBuffer chunk) {
            if (failed) {
                return;
            }
            count += chunk.remaining();
            try {
                taken.accept(count);
            } catch (RuntimeException e) {
                failed = true;
                Objects.requireNonNull(subscription, "a publisher subscribes before it sends").cancel();
                downstream.onError(e);
                return;
            }
            downstream.onNext(chunk);
        }

        @Override
        public void onError(Throwable failure) {
            if (!failed) {
                downstream.onError(failure);
            }
        }

        @Override
        public void onComplete() {
            if (!failed) {
                downstream.onComplete();
            }
        }
    }
}
