package com.example.releasebot;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the bot builds releases.
 *
 * @param owner the Copr user or @group that owns the project
 * @param project the Copr project
 * @param chroots the chroots to build for
 * @param pollInterval how often to ask Copr whether a build has ended
 * @param timeout how long to wait for a build at most
 */
@ConfigurationProperties("release")
public record ReleaseProperties(String owner, String project, List<String> chroots, Duration pollInterval,
                                Duration timeout) {
}
