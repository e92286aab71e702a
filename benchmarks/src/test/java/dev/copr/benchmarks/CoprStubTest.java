package dev.copr.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copr.client.CoprClient;
import dev.copr.client.build.Build;
import dev.copr.client.build.BuildOptions;
import dev.copr.client.config.CoprConfig;
import dev.copr.client.page.Page;
import dev.copr.client.page.Pagination;
import dev.copr.client.project.Project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Keeps the harness honest in a second: the stub answers what the client and the raw baseline expect. */
class CoprStubTest {

    @Test
    void stubServesBuildsProjectPagesAndUploadsToBothClients(@TempDir Path dir) throws IOException {
        try (CoprStub stub = CoprStub.start(2)) {
            CoprClient client = CoprClient.create(CoprConfig.builder().url(stub.url()).credentials("b", "b").build());
            Path srpm = Files.write(dir.resolve("x-1-1.src.rpm"), new byte[1000]);

            Build build = client.builds().get(42);
            Page<Build> lastPage = client.builds().getList("@copr", "copr-dev",
                    Pagination.builder().limit(3).offset(CoprStub.BUILDS - 2).build());
            client.builds().createFromFile("@copr", "copr-dev", srpm, BuildOptions.builder().chroots("fedora-41-x86_64").build());
            long rawUploadedBuild = new RawCopr(stub.url()).upload(srpm);
            Page<Project> lastProjects = client.projects().getList("@copr",
                    Pagination.builder().limit(3).offset(CoprStub.PROJECTS - 2).build());
            List<RawProject> rawProjects = new ArrayList<>();
            new RawCopr(stub.url()).walkProjects("@copr", 40_000, rawProjects::add);

            assertThat(build.id()).isEqualTo(42);
            assertThat(new RawCopr(stub.url()).getBuild(42)).isEqualTo(build);
            assertThat(lastPage.items()).extracting(Build::id).containsExactly(99_999L, 100_000L);
            assertThat(lastPage.hasNext()).isFalse();
            assertThat(rawUploadedBuild).isEqualTo(CoprStub.BUILDS + 1);
            assertThat(stub.uploadedBytes()).isGreaterThan(2_000);
            assertThat(lastProjects.items()).extracting(Project::id).containsExactly(99_999L, 100_000L);
            assertThat(lastProjects.items().get(1).extra()).isEmpty();
            assertThat(lastProjects.hasNext()).isFalse();
            assertThat(rawProjects).hasSize(CoprStub.PROJECTS);
            assertThat(rawProjects.get(CoprStub.PROJECTS - 1)).extracting(RawProject::id, RawProject::fullName,
                    RawProject::chrootRepos).containsExactly(100_000L, lastProjects.items().get(1).fullName(),
                    lastProjects.items().get(1).chrootRepos());
        }
    }
}
