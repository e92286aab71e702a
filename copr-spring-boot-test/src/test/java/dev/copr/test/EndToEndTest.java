package dev.copr.test;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copr.client.CoprClient;
import dev.copr.client.build.Build;
import dev.copr.client.build.BuildOptions;
import dev.copr.client.build.BuildState;
import dev.copr.client.build.Builds;
import dev.copr.client.chroot.BuildChroot;
import dev.copr.client.monitor.ProjectMonitor;
import dev.copr.client.page.Pagination;
import dev.copr.client.pkg.Package;
import dev.copr.client.project.Project;
import dev.copr.client.source.ScmSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole way a user takes, through the Java client: project, package, builds, watching, results. */
class EndToEndTest {

    private final CoprStub copr = CoprStub.builder().buildProgression(BuildProgression.ON_POLL).start();
    private final CoprClient client = copr.client();

    @AfterEach
    void stop() {
        copr.close();
    }

    @Test
    void projectPackageAndBuildsFromEverySourceEndWhileTheWatcherPolls(@TempDir Path dir) throws Exception {
        Project project = client.projects().add("tester", "demo", List.of("fedora-rawhide-x86_64", "epel-9-x86_64"));
        Package pkg = client.packages().add("tester", "demo", "copr-cli",
                ScmSource.builder("https://github.com/fedora-copr/copr.git").subdirectory("cli").spec("copr-cli.spec").build());
        Path srpm = Files.write(dir.resolve("hello-2.12-1.fc41.src.rpm"), new byte[4096]);

        Build fromUrl = client.builds().createFromUrl("tester", "demo", "https://example.com/foo-1.0-3.src.rpm",
                BuildOptions.builder().chroots("fedora-rawhide-x86_64").build());
        Build fromScm = client.builds().createFromScm("tester", "demo", ScmSource.of("https://github.com/x/bar.git"));
        Build fromUpload = client.builds().createFromFile("tester", "demo", srpm);
        Build fromPackage = client.packages().build("tester", "demo", "copr-cli");
        List<BuildState> seen = new ArrayList<>();
        List<Build> ended = client.builds().watcher().interval(Duration.ofMillis(1))
                .onStateChange((build, previous) -> seen.add(build.state()))
                .build().waitFor(fromUrl, fromScm, fromUpload, fromPackage);

        assertThat(project.fullName()).isEqualTo("tester/demo");
        assertThat(pkg.sourceType()).isEqualTo("scm");
        assertThat(fromUrl.state()).isEqualTo(BuildState.PENDING);
        assertThat(Builds.succeeded(ended)).isTrue();
        assertThat(seen).containsSequence(BuildState.IMPORTING, BuildState.IMPORTING, BuildState.IMPORTING,
                BuildState.IMPORTING);
        assertThat(ended).extracting(build -> build.sourcePackage().name())
                .containsExactly("foo", "bar", "hello", "copr-cli");
        assertThat(ended.get(0).chroots()).containsExactly("fedora-rawhide-x86_64");
        assertThat(ended.get(1).chroots()).containsExactly("epel-9-x86_64", "fedora-rawhide-x86_64");
        assertThat(client.builds().getBuiltPackages(fromUpload.id()).chroots().get("epel-9-x86_64").packages())
                .extracting(built -> built.arch()).containsExactly("x86_64", "src");
        BuildChroot chroot = client.buildChroots().get(fromUrl.id(), "fedora-rawhide-x86_64");
        assertThat(chroot.state()).isEqualTo(BuildState.SUCCEEDED);
        ProjectMonitor monitor = client.monitor().monitor("tester", "demo");
        assertThat(monitor.packages()).extracting(monitored -> monitored.name())
                .containsExactly("bar", "copr-cli", "foo", "hello");
        assertThat(client.packages().getList("tester", "demo", Pagination.pagesOf(2)).stream()
                .map(Package::name)).containsExactly("copr-cli", "foo", "bar", "hello");
        assertThat(copr.receivedFiles()).singleElement()
                .satisfies(file -> assertThat(file.size()).isEqualTo(4096));
    }
}
