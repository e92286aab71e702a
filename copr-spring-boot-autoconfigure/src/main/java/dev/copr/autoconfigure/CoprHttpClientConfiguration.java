package dev.copr.autoconfigure;

import java.net.http.HttpClient;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.HttpRedirects;
import org.springframework.boot.http.client.JdkHttpClientBuilder;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Gives the Copr client's engine a JDK {@link HttpClient} built by Spring Boot's
 * {@link JdkHttpClientBuilder} from Boot's HTTP client settings: the SSL bundle named by
 * {@code copr.ssl.bundle} (else {@code spring.http.clients.ssl.bundle}), the system proxy, Boot's
 * address filter, {@code copr.connect-timeout}, HTTP/1.1 and no redirects followed (a redirect from
 * the Copr API means a wrong {@code copr.url}). The engine sends on the calling thread and applies
 * the read and response timeouts itself, as in plain Java.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(JdkHttpClientBuilder.class)
class CoprHttpClientConfiguration {

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    CoprClientCustomizer coprHttpClientCustomizer(CoprProperties properties,
                                                  ObjectProvider<HttpClientSettings> globalSettings,
                                                  ObjectProvider<SslBundles> sslBundles) {
        HttpClientSettings settings = new HttpClientSettings(HttpRedirects.DONT_FOLLOW, properties.getConnectTimeout(),
                null, sslBundle(properties, sslBundles))
                .orElse(globalSettings.getIfAvailable(HttpClientSettings::defaults))
                .withReadTimeout(null);
        // Boot's builder, which reads the system's proxy settings, is made with the client's first request
        return builder -> builder.httpClient(() -> httpClient(settings));
    }

    private static HttpClient httpClient(HttpClientSettings settings) {
        return new JdkHttpClientBuilder().withCustomizer(builder -> builder.version(HttpClient.Version.HTTP_1_1))
                .build(settings);
    }

    private static @Nullable SslBundle sslBundle(CoprProperties properties, ObjectProvider<SslBundles> sslBundles) {
        String name = properties.getSsl().getBundle();
        if (name == null) {
            return null;
        }
        return sslBundles.getObject().getBundle(name);
    }
}
