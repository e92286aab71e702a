package com.example.releasebot;

import dev.copr.client.build.Build;
import dev.copr.client.build.BuildOptions;
import dev.copr.client.build.BuildProxy;
import dev.copr.client.build.Builds;

import java.util.List;

import org.springframework.stereotype.Service;

/** Builds a release SRPM in the configured Copr project and waits for the result. */
@Service
public class ReleaseBuilds {

    private final BuildProxy builds;
    private final ReleaseProperties release;

    public ReleaseBuilds(BuildProxy builds, ReleaseProperties release) {
        this.builds = builds;
        this.release = release;
    }

    /** Submits the SRPM at {@code srpmUrl}; returns whether it built in every chroot. */
    public boolean build(String srpmUrl) {
        Build build = builds.createFromUrl(release.owner(), release.project(), srpmUrl,
                BuildOptions.builder().chroots(release.chroots()).build());
        List<Build> ended = builds.watcher().interval(release.pollInterval()).timeout(release.timeout())
                .build().waitFor(build);
        return Builds.succeeded(ended);
    }
}
