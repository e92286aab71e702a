package com.example.releasebot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/** A bot that builds releases in Copr. */
@SpringBootApplication
@EnableConfigurationProperties(ReleaseProperties.class)
public class ReleaseBotApplication {

    public static void main(String[] args) {
        SpringApplication.run(ReleaseBotApplication.class, args);
    }
}
