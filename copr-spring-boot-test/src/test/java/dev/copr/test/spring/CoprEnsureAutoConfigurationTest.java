package dev.copr.test.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copr.autoconfigure.CoprAutoConfiguration;
import dev.copr.autoconfigure.ensure.CoprEnsureAutoConfiguration;
import dev.copr.client.CoprClient;
import dev.copr.client.exception.CoprConfigException;
import dev.copr.client.project.NewProjectOptions;
import dev.copr.client.project.Project;
import dev.copr.test.CoprStub;
import dev.copr.test.CoprStubUser;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.io.support.SpringFactoriesLoader;

@ExtendWith(OutputCaptureExtension.class)
class CoprEnsureAutoConfigurationTest {

    private static final String RAWHIDE = "fedora-rawhide-x86_64";
    private static final String EPEL = "epel-9-x86_64";

    private final CoprStub copr = CoprStub.start();
    private final CoprClient tester = copr.client();
    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(CoprAutoConfiguration.class, CoprEnsureAutoConfiguration.class))
            .withPropertyValues("copr.config-file=none", "copr.url=" + copr.url(),
                    "copr.login=" + copr.defaultUser().login(), "copr.token=" + copr.defaultUser().token());
    private final ApplicationContextRunner ensuring = runner.withPropertyValues("copr.ensure.enabled=true",
            "copr.ensure.projects[0].owner=tester", "copr.ensure.projects[0].name=demo",
            "copr.ensure.projects[0].chroots=" + RAWHIDE + "," + EPEL,
            "copr.ensure.projects[0].description=Nightly builds", "copr.ensure.projects[0].enable-net=true");

    @AfterEach
    void stop() {
        copr.close();
    }

    @Test
    void declaredProjectsAreLeftAloneByDefault() {
        runner.withPropertyValues("copr.ensure.projects[0].owner=tester", "copr.ensure.projects[0].name=demo",
                "copr.ensure.projects[0].chroots=" + RAWHIDE).run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(copr.requests("GET", "/api_3/project")).isEmpty();
                });
    }

    @Test
    void aMissingProjectIsCreatedAtStartUpAndItsDiffLogged(CapturedOutput output) {
        ensuring.run(context -> {
            assertThat(context).hasNotFailed();
            Project project = tester.projects().get("tester", "demo");
            assertThat(project.chrootRepos()).containsOnlyKeys(RAWHIDE, EPEL);
            assertThat(project.description()).isEqualTo("Nightly builds");
            assertThat(project.enableNet()).isTrue();
        });
        assertThat(output).contains("Copr project tester/demo created: chroots: (none) -> [" + EPEL + ", " + RAWHIDE
                + "], description: (none) -> \"Nightly builds\", enableNet: (none) -> true");
    }

    @Test
    void onlyWhatDiffersIsEditedAndAMatchingProjectIsLeftAlone(CapturedOutput output) {
        tester.projects().add("tester", "demo", List.of(RAWHIDE, EPEL),
                NewProjectOptions.builder().description("Old").enableNet(true).build());

        ensuring.run(context -> assertThat(tester.projects().get("tester", "demo").description())
                .isEqualTo("Nightly builds"));
        ensuring.run(context -> assertThat(context).hasNotFailed());

        assertThat(copr.requests("PUT", "/api_3/project/edit/tester/demo")).hasSize(1);
        assertThat(output).contains("Copr project tester/demo edited: description: \"Old\" -> \"Nightly builds\"")
                .contains("Copr project tester/demo unchanged");
    }

    @Test
    void aDryRunLogsTheDiffAndChangesNothing(CapturedOutput output) {
        tester.projects().add("tester", "demo", List.of(RAWHIDE), NewProjectOptions.builder().description("Old").build());

        ensuring.withPropertyValues("copr.ensure.dry-run=true", "copr.ensure.projects[0].persistent=true")
                .run(context -> assertThat(context).hasNotFailed());

        assertThat(tester.projects().get("tester", "demo").description()).isEqualTo("Old");
        assertThat(copr.requests("PUT", "/api_3/project/edit/tester/demo")).isEmpty();
        assertThat(output).contains("Copr project tester/demo would be edited: chroots: [" + RAWHIDE + "] -> [" + EPEL
                + ", " + RAWHIDE + "], description: \"Old\" -> \"Nightly builds\", enableNet: false -> true;"
                + " conflicts with settings Copr takes only at creation: persistent: false -> true"
                + " (copr.ensure.dry-run)");
    }

    @Test
    void aConflictStopsStartUpWithAnAnalysisNamingTheProperty() {
        tester.projects().add("tester", "demo", List.of(RAWHIDE, EPEL));

        ensuring.withPropertyValues("copr.ensure.projects[0].persistent=true").run(context -> {
            assertThat(context).hasFailed();
            FailureAnalysis analysis = ensureAnalysis(context.getStartupFailure());
            assertThat(analysis.getDescription()).isEqualTo("Copr project tester/demo (copr.ensure.projects[0]) could"
                    + " not be ensured: tester/demo has settings Copr takes only when it creates a project, and they"
                    + " differ: persistent: false -> true. Nothing was changed: unset them, set them to the project's"
                    + " values, or delete and re-create the project");
            assertThat(analysis.getAction()).startsWith("Copr takes persistent and storage only when it creates a"
                    + " project: unset copr.ensure.projects[0].persistent and .storage");
        });
        assertThat(tester.projects().get("tester", "demo").description()).isEmpty();
    }

    @Test
    void aCoprRefusalStopsStartUp() {
        CoprStubUser bob = copr.addUser(CoprStubUser.named("bob"));
        tester.projects().add("tester", "demo", List.of(RAWHIDE));

        ensuring.withPropertyValues("copr.login=" + bob.login(), "copr.token=" + bob.token()).run(context -> {
            assertThat(context).hasFailed();
            FailureAnalysis analysis = ensureAnalysis(context.getStartupFailure());
            assertThat(analysis.getDescription()).startsWith("Copr project tester/demo (copr.ensure.projects[0])"
                    + " could not be ensured:").contains("Only owners and admins may update their projects.");
            assertThat(analysis.getAction()).startsWith("Use credentials (copr.login, copr.token) of a user who may"
                    + " create and edit the projects of tester");
        });
    }

    @Test
    void aProjectWithoutChrootsStopsStartUpNamingTheProperty() {
        runner.withPropertyValues("copr.ensure.enabled=true", "copr.ensure.projects[0].owner=tester",
                "copr.ensure.projects[0].name=demo").run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(context.getStartupFailure()).rootCause().isInstanceOf(CoprConfigException.class)
                            .hasMessageStartingWith("copr.ensure.projects[0]: DesiredProject chroots must name at"
                                    + " least one chroot");
                    assertThat(copr.requests("GET", "/api_3/project")).isEmpty();
                });
    }

    /** The analysis of the starter's registered analyzer for a failed ensure (Boot's own need a bean factory). */
    private static FailureAnalysis ensureAnalysis(Throwable failure) {
        return SpringFactoriesLoader.forDefaultResourceLocation().load(FailureAnalyzer.class, null,
                        SpringFactoriesLoader.FailureHandler.handleMessage((message, notInstantiable) -> { })).stream()
                .filter(analyzer -> analyzer.getClass().getSimpleName().equals("CoprEnsureFailureAnalyzer"))
                .map(analyzer -> analyzer.analyze(failure))
                .findFirst().orElseThrow();
    }
}
