package dev.copr.autoconfigure;

import dev.copr.client.CoprClient;
import dev.copr.client.build.BuildProxy;
import dev.copr.client.chroot.BuildChrootProxy;
import dev.copr.client.chroot.MockChrootProxy;
import dev.copr.client.chroot.ProjectChrootProxy;
import dev.copr.client.config.CoprConfig;
import dev.copr.client.config.RetryOptions;
import dev.copr.client.exception.CoprConfigException;
import dev.copr.client.monitor.MonitorProxy;
import dev.copr.client.pkg.PackageProxy;
import dev.copr.client.project.ProjectProxy;
import dev.copr.client.webhook.WebhookProxy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.env.Environment;

/**
 * Auto-configures a {@link CoprClient} and one bean per Copr proxy from {@code copr.*} properties
 * and python-copr's classic config file, or from a {@link CoprConnectionDetails} bean. The client keeps
 * its own HTTP engine and JSON mapper; from Spring Boot it takes the HTTP client settings and SSL
 * bundles ({@link CoprHttpClientConfiguration}), so it needs none of Boot's RestClient, converter or
 * Jackson auto-configurations. Observations and metrics, health, the token's lifecycle, build events
 * and the actuator's sanitizing have auto-configurations of their own in the sub-packages; those that
 * adjust the client do so through {@link CoprClientCustomizer} beans.
 *
 * @since 0.1.0
 */
@AutoConfiguration(afterName = {"org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration",
        "org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration"})
@ConditionalOnClass(CoprClient.class)
@ConditionalOnBooleanProperty(name = "copr.enabled", matchIfMissing = true)
@EnableConfigurationProperties(CoprProperties.class)
@Import(CoprHttpClientConfiguration.class)
public final class CoprAutoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(CoprAutoConfiguration.class);

    CoprAutoConfiguration() {
    }

    @Bean
    static CoprUnknownPropertiesAdvisor coprUnknownPropertiesAdvisor(ConfigurableListableBeanFactory beanFactory) {
        return CoprUnknownPropertiesAdvisor.of(beanFactory);
    }

    @Bean
    @ConditionalOnMissingBean(CoprConnectionDetails.class)
    PropertiesCoprConnectionDetails coprConnectionDetails(CoprProperties properties, Environment environment) {
        return new PropertiesCoprConnectionDetails(properties, environment::getProperty,
                name -> PropertyOrigins.of(environment, name));
    }

    @Bean
    @ConditionalOnMissingBean
    CoprClient coprClient(CoprConnectionDetails connectionDetails, CoprProperties properties,
                          ObjectProvider<CoprClientCustomizer> customizers) {
        CoprClient.Builder builder = CoprClient.builder(coprConfig(connectionDetails, properties))
                .credentialsOrigin(connectionDetails.getCredentialsOrigin());
        customizers.orderedStream().forEach(customizer -> customizer.customize(builder));
        CoprClient client = builder.build();
        if (log.isInfoEnabled()) {
            log.info("{}", client.describe());
        }
        return client;
    }

    @Bean
    @Lazy
    @ConditionalOnMissingBean
    ProjectProxy coprProjectProxy(CoprClient client) {
        return client.projects();
    }

    @Bean
    @Lazy
    @ConditionalOnMissingBean
    BuildProxy coprBuildProxy(CoprClient client) {
        return client.builds();
    }

    @Bean
    @Lazy
    @ConditionalOnMissingBean
    PackageProxy coprPackageProxy(CoprClient client) {
        return client.packages();
    }

    @Bean
    @Lazy
    @ConditionalOnMissingBean
    ProjectChrootProxy coprProjectChrootProxy(CoprClient client) {
        return client.projectChroots();
    }

    @Bean
    @Lazy
    @ConditionalOnMissingBean
    BuildChrootProxy coprBuildChrootProxy(CoprClient client) {
        return client.buildChroots();
    }

    @Bean
    @Lazy
    @ConditionalOnMissingBean
    MockChrootProxy coprMockChrootProxy(CoprClient client) {
        return client.mockChroots();
    }

    @Bean
    @Lazy
    @ConditionalOnMissingBean
    MonitorProxy coprMonitorProxy(CoprClient client) {
        return client.monitor();
    }

    @Bean
    @Lazy
    @ConditionalOnMissingBean
    WebhookProxy coprWebhookProxy(CoprClient client) {
        return client.webhooks();
    }

    private static CoprConfig coprConfig(CoprConnectionDetails details, CoprProperties properties) {
        CoprProperties.Retry retry = properties.getRetry();
        try {
            return CoprConfig.builder()
                    .url(details.getUrl())
                    .credentials(details.getLogin(), details.getToken())
                    .username(details.getUsername())
                    .tokenExpiration(properties.getTokenExpiration() != null ? properties.getTokenExpiration()
                            : details.getTokenExpiration())
                    .connectTimeout(properties.getConnectTimeout())
                    .readTimeout(properties.getReadTimeout())
                    .responseTimeout(properties.getResponseTimeout())
                    .maxResponseSize(properties.getMaxResponseSize().toBytes())
                    .retry(RetryOptions.builder().maxAttempts(retry.getMaxAttempts())
                            .initialDelay(retry.getInitialDelay()).multiplier(retry.getMultiplier())
                            .maxDelay(retry.getMaxDelay()).build())
                    .build();
        } catch (CoprConfigException e) {
            String setting = e.getSetting();
            String problem = setting == null ? e.getMessage() : CoprPropertyOfSetting.of(setting) + " " + e.getProblem();
            throw new CoprConfigException("Invalid Copr configuration (from " + details.getSource() + "): " + problem, e);
        }
    }
}
