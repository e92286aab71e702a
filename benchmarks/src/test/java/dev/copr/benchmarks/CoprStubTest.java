package dev.copr.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copr.client.CoprClient;
import dev.copr.client.build.Build;
import dev.copr.client.build.BuildOptions;
import dev.copr.client.config.CoprConfig;
import dev.copr.client.page.Page;
import dev.copr.client.page.Pagination;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Keeps the harness honest in a second: the stub answers what the client and the raw baseline expect. */
class CoprStubTest {

    @Test
    void stubServesBuildsPagesAndUploadsToBothClients(@TempDir Path dir) throws IOException {
        try (CoprStub stub = CoprStub.start(2)) {
            CoprClient client = CoprClient.create(CoprConfig.builder().url(stub.url()).credentials("b", "b").build());
            Path srpm = Files.write(dir.resolve("x-1-1.src.rpm"), new byte[1000]);

            Build build = client.builds().get(42);
            Page<Build> lastPage = client.builds().getList("@copr", "copr-dev",
                    Pagination.builder().limit(3).offset(CoprStub.BUILDS - 2).build());
            client.builds().createFromFile("@copr", "copr-dev", srpm, BuildOptions.builder().chroots("fedora-41-x86_64").build());
            long rawUploadedBuild = new RawCopr(stub.url()).upload(srpm);

            assertThat(build.id()).isEqualTo(42);
            assertThat(new RawCopr(stub.url()).getBuild(42)).isEqualTo(build);
            assertThat(lastPage.items()).extracting(Build::id).containsExactly(99_999L, 100_000L);
            assertThat(lastPage.hasNext()).isFalse();
            assertThat(rawUploadedBuild).isEqualTo(CoprStub.BUILDS + 1);
            assertThat(stub.uploadedBytes()).isGreaterThan(2_000);
        }
    }
}
