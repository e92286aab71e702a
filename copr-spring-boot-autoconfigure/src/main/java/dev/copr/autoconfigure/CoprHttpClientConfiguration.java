package dev.copr.autoconfigure;

import java.net.http.HttpClient;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.HttpRedirects;
import org.springframework.boot.http.client.JdkClientHttpRequestFactoryBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Builds the Copr client's HTTP client with Spring Boot's {@link ClientHttpRequestFactoryBuilder}
 * and global {@link HttpClientSettings} (e.g. the SSL bundle), with Copr's own timeouts, HTTP/1.1
 * and no redirects followed: a redirect from the Copr API means a wrong {@code copr.url}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(ClientHttpRequestFactoryBuilder.class)
class CoprHttpClientConfiguration {

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    CoprClientCustomizer coprHttpClientCustomizer(CoprProperties properties,
                                                  ObjectProvider<ClientHttpRequestFactoryBuilder<?>> factoryBuilder,
                                                  ObjectProvider<HttpClientSettings> globalSettings) {
        HttpClientSettings settings = new HttpClientSettings(HttpRedirects.DONT_FOLLOW, properties.getConnectTimeout(),
                properties.getReadTimeout(), null).orElse(globalSettings.getIfAvailable(HttpClientSettings::defaults));
        return builder -> builder.requestFactory(
                http11(factoryBuilder.getIfAvailable(ClientHttpRequestFactoryBuilder::detect)).build(settings));
    }

    /**
     * The JDK client would try an HTTP/2 upgrade on plain http, which breaks streamed multipart
     * uploads; Copr speaks HTTP/1.1 to python-copr too.
     */
    private static ClientHttpRequestFactoryBuilder<?> http11(ClientHttpRequestFactoryBuilder<?> builder) {
        if (builder instanceof JdkClientHttpRequestFactoryBuilder jdk) {
            return jdk.withHttpClientCustomizer(client -> client.version(HttpClient.Version.HTTP_1_1));
        }
        return builder;
    }
}
