package dev.copr.sample;

import dev.copr.client.CoprClient;
import dev.copr.client.build.Build;
import dev.copr.client.build.BuildOptions;
import dev.copr.client.build.BuildState;
import dev.copr.client.build.Builds;
import dev.copr.client.build.BuiltPackage;
import dev.copr.client.chroot.BuildChroot;
import dev.copr.client.page.Pagination;
import dev.copr.client.project.DesiredProject;
import dev.copr.client.project.Project;
import dev.copr.client.project.ProjectChanges;
import dev.copr.client.result.ChrootVerdicts;
import dev.copr.client.result.DownloadOptions;
import dev.copr.client.result.DownloadedFile;
import dev.copr.client.result.ResultKind;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The job a release bot does with Copr, once at start-up: list the user's projects, create a
 * project, submit a build from a URL and one from an uploaded SRPM, watch them to the end, show
 * what they built and the end of the log of each chroot that failed, and download their RPMs.
 */
@Component
@ConditionalOnBooleanProperty("sample.tour")
class CoprTour implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CoprTour.class);

    private final CoprClient copr;
    private final SampleProperties sample;
    private final SampleSrpm srpm;
    private final Environment environment;

    CoprTour(CoprClient copr, SampleProperties sample, SampleSrpm srpm, Environment environment) {
        this.copr = copr;
        this.sample = sample;
        this.srpm = srpm;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (environment.getProperty("copr.stub.enabled", Boolean.class, false)) {
            log.info("Talking to an in-process Copr stub, not to a real Copr (the 'real' profile uses ~/.config/copr)");
        }
        String owner = copr.authUsername();
        log.info("Copr at {} (API v{}), logged in as {}", copr.config().url(), copr.home().version(), owner);

        List<String> projects = copr.projects().getList(owner, Pagination.pagesOf(50)).stream().map(Project::name).toList();
        log.info("{} has {} project(s): {}", owner, projects.size(), projects);

        ProjectChanges changes = copr.projects().ensure(owner, sample.project(), DesiredProject
                .builder(sample.chroots()).description("Built by the copr-spring-boot sample app").build());
        Project project = Objects.requireNonNull(changes.project());
        log.info("{}; it builds for {}", changes, project.chrootRepos().keySet());

        BuildOptions options = BuildOptions.builder().chroots(sample.chroots()).build();
        List<Build> submitted = new ArrayList<>();
        String srpmUrl = sample.srpmUrl();
        if (srpmUrl != null && !srpmUrl.isBlank()) {
            Build fromUrl = copr.builds().createFromUrl(owner, project.name(), srpmUrl, options);
            log.info("Build {} submitted from {}", fromUrl.id(), srpmUrl);
            submitted.add(fromUrl);
        }
        srpm.file().ifPresent(file -> {
            Build uploaded = copr.builds().createFromFile(owner, project.name(), file, options, new ProgressLog(file));
            log.info("Build {} submitted from uploaded {}", uploaded.id(), file.getFileName());
            submitted.add(uploaded);
        });

        List<Build> ended = copr.builds().watcher()
                .interval(sample.watchInterval())
                .timeout(sample.watchTimeout())
                .onStateChange(CoprTour::logStateChange)
                .build()
                .waitFor(submitted);

        for (Build build : ended) {
            List<String> rpms = copr.builds().getBuiltPackages(build.id()).chroots().values().stream()
                    .flatMap(chroot -> chroot.packages().stream()).map(CoprTour::nevra).toList();
            log.info("Build {} {}: results at {}, packages {}", build.id(), build.state().coprName(), build.repoUrl(), rpms);
        }
        log.info(Builds.succeeded(ended) ? "All builds succeeded" : "Some builds did not succeed");
        for (Build build : ended) {
            showResults(build);
            copr.builds().rebuildFailed(build.id()).ifPresent(retry -> log.info(
                    "Build {} failed in {}: its SRPM is rebuilt there as build {}", build.id(), retry.chroots(), retry.id()));
        }
        log.info("Tour done; the application keeps serving /builds and /actuator/health on port {} until stopped"
                + " (Ctrl+C)", environment.getProperty("local.server.port", "8080"));
    }

    /** What copr-cli's {@code download-build --rpms} does, after the end of each failed chroot's log. */
    private void showResults(Build build) {
        ChrootVerdicts verdicts = copr.results().verdicts(build);
        for (BuildChroot failed : verdicts.failed()) {
            List<String> tail = copr.results().tail(failed, sample.tailLines());
            log.info("Build {} failed in {}; the end of its builder-live.log:{}{}", build.id(), failed.name(),
                    System.lineSeparator(), String.join(System.lineSeparator(), tail));
        }
        Path directory = sample.resultsDir().resolve(String.valueOf(build.id()));
        List<DownloadedFile> files = copr.results().download(build, directory,
                DownloadOptions.builder().kinds(ResultKind.BINARY_RPM, ResultKind.SOURCE_RPM).build());
        for (DownloadedFile file : files) {
            log.info("Build {}: {} ({} bytes): {}", build.id(), file.path(), file.size(),
                    file.outcome().name().toLowerCase(Locale.ROOT).replace('_', ' '));
        }
    }

    /** States in Copr's own lower-case spelling, as copr-cli and the web UI show them. */
    private static void logStateChange(Build build, @Nullable BuildState previous) {
        if (previous == null) {
            log.info("Build {}: {}", build.id(), build.state().coprName());
        } else {
            log.info("Build {}: {} -> {}", build.id(), previous.coprName(), build.state().coprName());
        }
    }

    private static String nevra(BuiltPackage rpm) {
        Integer epochNumber = rpm.epoch();
        String epoch = epochNumber == null || epochNumber == 0 ? "" : epochNumber + ":";
        return rpm.name() + "-" + epoch + rpm.version() + "-" + rpm.release() + "." + rpm.arch();
    }
}
