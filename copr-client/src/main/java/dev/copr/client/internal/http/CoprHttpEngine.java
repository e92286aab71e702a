package dev.copr.client.internal.http;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.function.Supplier;

import org.springframework.http.HttpMethod;
import org.springframework.http.client.ClientHttpRequest;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.util.function.SingletonSupplier;

/**
 * The client's HTTP engine under {@code RestClient}: sends with the JDK {@link HttpClient} on the
 * calling thread and bounds every exchange in time. The same engine serves plain Java and Spring
 * Boot applications; only the JDK client it is given differs (Boot's carries SSL bundles and proxy
 * settings).
 *
 * <p>Spring's {@code JdkClientHttpRequestFactory} calls {@code sendAsync}, whose completion the JDK
 * hands to {@code CompletableFuture}'s default pool, which starts a thread per request on machines
 * with two cores or fewer; it also starts a thread per request body, arms a timer per request, and
 * drains the rest of every answer on close. The engine does none of this: see {@link EngineRequest}.
 */
final class CoprHttpEngine implements ClientHttpRequestFactory {

    /** Attribute of a request holding its {@link ResponseDeadline}. */
    static final String DEADLINE = CoprHttpEngine.class.getName() + ".deadline";

    private final Supplier<HttpClient> httpClient;
    private final Duration readTimeout;

    /**
     * @param httpClient makes the JDK client on the first request: building one loads the JVM's
     *                   default trust store, which start-up need not pay for
     */
    CoprHttpEngine(Supplier<HttpClient> httpClient, Duration readTimeout) {
        this.httpClient = SingletonSupplier.of(httpClient);
        this.readTimeout = readTimeout;
    }

    /** The JDK client, made now if no request has made it yet. */
    HttpClient httpClient() {
        return httpClient.get();
    }

    @Override
    public ClientHttpRequest createRequest(URI uri, HttpMethod method) {
        return new EngineRequest(httpClient.get(), uri, method, readTimeout);
    }
}
