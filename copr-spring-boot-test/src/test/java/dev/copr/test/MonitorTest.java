package dev.copr.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.copr.client.CoprClient;
import dev.copr.client.build.Build;
import dev.copr.client.build.BuildOptions;
import dev.copr.client.build.BuildState;
import dev.copr.client.exception.CoprNoResultException;
import dev.copr.client.monitor.MonitorField;
import dev.copr.client.monitor.MonitoredChroot;
import dev.copr.client.monitor.ProjectMonitor;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MonitorTest {

    private final CoprStub copr = CoprStub.start();
    private final CoprClient client = copr.client();

    @BeforeEach
    void project() {
        client.projects().add("tester", "demo", List.of("fedora-rawhide-x86_64", "epel-9-x86_64"));
    }

    @AfterEach
    void stop() {
        copr.close();
    }

    @Test
    void showsTheLatestBuildOfEachPackageInEachChroot() {
        Build old = client.builds().createFromUrl("tester", "demo", "https://example.com/zeta-1.0-1.src.rpm");
        copr.finishBuild(old.id());
        Build newer = client.builds().createFromUrl("tester", "demo", "https://example.com/zeta-1.1-1.src.rpm",
                BuildOptions.builder().chroots("epel-9-x86_64").build());
        copr.advanceBuild(newer.id());
        copr.advanceBuild(newer.id());
        Build alpha = client.builds().createFromUrl("tester", "demo", "https://example.com/alpha-2-1.src.rpm");
        copr.failBuild(alpha.id());
        client.builds().createFromUrl("tester", "demo", "https://example.com/unimported-1-1.src.rpm");

        ProjectMonitor monitor = client.monitor().monitor("tester", "demo", List.of(MonitorField.URL_BUILD_LOG));

        assertThat(monitor.output()).isEqualTo("ok");
        assertThat(monitor.message()).isEqualTo("Project monitor request successful");
        assertThat(monitor.packages()).extracting(pkg -> pkg.name()).containsExactly("zeta");
        MonitoredChroot epel = monitor.packages().get(0).chroots().get("epel-9-x86_64");
        MonitoredChroot rawhide = monitor.packages().get(0).chroots().get("fedora-rawhide-x86_64");
        assertThat(epel.state()).isEqualTo(BuildState.RUNNING);
        assertThat(epel.status()).isEqualTo(3);
        assertThat(epel.buildId()).isEqualTo(newer.id());
        assertThat(epel.pkgVersion()).isEqualTo("1.1-1");
        assertThat(epel.urlBuildLog()).endsWith("/epel-9-x86_64/%08d-zeta/builder-live.log".formatted(newer.id()));
        assertThat(rawhide.buildId()).isEqualTo(old.id());
        assertThat(rawhide.urlBuildLog()).endsWith("builder-live.log.gz");
        assertThat(rawhide.urlBackendLog()).isNull();
    }

    @Test
    void unknownDirectoryIsA404() {
        assertThatThrownBy(() -> client.monitor().monitor("tester", "demo", "demo:pr:1"))
                .isInstanceOfSatisfying(CoprNoResultException.class, e -> assertThat(e.getCoprError())
                        .isEqualTo("Dirname 'demo:pr:1' doesn't exist in 'tester/demo' copr"));
    }
}
