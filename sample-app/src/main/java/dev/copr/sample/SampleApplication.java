package dev.copr.sample;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/**
 * A Spring Boot application that uses copr-spring-boot-starter the way a user would. By default it
 * talks to an in-process Copr stub (no network needed); the {@code real} profile uses the Copr
 * instance and credentials of python-copr's {@code ~/.config/copr}.
 */
@SpringBootApplication
@EnableConfigurationProperties(SampleProperties.class)
public class SampleApplication {

    public static void main(String[] args) {
        SpringApplication.run(SampleApplication.class, args);
    }
}
