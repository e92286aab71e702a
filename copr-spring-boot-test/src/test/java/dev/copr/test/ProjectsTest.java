package dev.copr.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.copr.client.CoprClient;
import dev.copr.client.build.Build;
import dev.copr.client.build.BuildState;
import dev.copr.client.exception.CoprAuthException;
import dev.copr.client.exception.CoprException;
import dev.copr.client.exception.CoprNoResultException;
import dev.copr.client.exception.CoprRequestException;
import dev.copr.client.mock.Bootstrap;
import dev.copr.client.page.OrderType;
import dev.copr.client.page.Page;
import dev.copr.client.page.Pagination;
import dev.copr.client.project.Project;
import dev.copr.client.project.NewProjectOptions;
import dev.copr.client.project.ProjectOptions;
import dev.copr.client.source.RubygemsSource;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ProjectsTest {

    private static final List<String> RAWHIDE = List.of("fedora-rawhide-x86_64");

    private final CoprStub copr = CoprStub.builder()
            .user(CoprStubUser.named("alice").inGroups("copr"))
            .user(CoprStubUser.named("bob"))
            .start();
    private final CoprClient tester = copr.client();
    private final CoprClient alice = copr.client(copr.user("alice"));

    @AfterEach
    void stop() {
        copr.close();
    }

    @Test
    void addedProjectHasCoprsDefaultsAndChrootRepos() {
        Project added = tester.projects().add("tester", "demo", List.of("fedora-rawhide-x86_64", "epel-9-x86_64"),
                NewProjectOptions.builder().description("A demo").build());

        Project project = tester.projects().get("tester", "demo");

        assertThat(project).isEqualTo(added);
        assertThat(project.description()).isEqualTo("A demo");
        assertThat(project.autoPrune()).isTrue();
        assertThat(project.followFedoraBranching()).isTrue();
        assertThat(project.enableNet()).isFalse();
        assertThat(project.bootstrap()).isEqualTo(Bootstrap.DEFAULT);
        assertThat(project.chrootRepos()).containsEntry("epel-9-x86_64",
                copr.resultsUrl() + "/results/tester/demo/epel-9-x86_64/");
    }

    @Test
    void existingNameIsA400UnlessExistOk() {
        tester.projects().add("tester", "demo", RAWHIDE);

        assertThatThrownBy(() -> tester.projects().add("tester", "demo", RAWHIDE))
                .isInstanceOfSatisfying(CoprRequestException.class, e -> {
                    assertThat(e.getStatus()).isEqualTo(400);
                    assertThat(e.getCoprError()).isEqualTo("name: You already have a project named 'demo'.");
                });
        assertThat(tester.projects().add("tester", "demo", List.of("epel-9-x86_64"),
                NewProjectOptions.builder().existOk(true).build()).chrootRepos()).containsOnlyKeys(RAWHIDE);
    }

    @Test
    void unknownChrootAndMissingChrootsAreFormErrors() {
        assertThatThrownBy(() -> tester.projects().add("tester", "demo", List.of("fedora-7-x86_64")))
                .isInstanceOfSatisfying(CoprRequestException.class, e -> assertThat(e.getCoprError())
                        .isEqualTo("chroots: 'fedora-7-x86_64' is not a valid choice for this field."));
    }

    @Test
    void unknownProjectIsA404WithCoprsMessage() {
        assertThatThrownBy(() -> tester.projects().get("tester", "nothing"))
                .isInstanceOfSatisfying(CoprNoResultException.class,
                        e -> assertThat(e.getCoprError()).isEqualTo("Project tester/nothing does not exist."));
        assertThatThrownBy(() -> tester.projects().get("@nogroup", "nothing"))
                .isInstanceOfSatisfying(CoprNoResultException.class,
                        e -> assertThat(e.getCoprError()).isEqualTo("Group nogroup does not exist."));
    }

    @Test
    void groupProjectIsAddedByAMemberOnly() {
        Project project = alice.projects().add("@copr", "tools", RAWHIDE);

        assertThat(project.fullName()).isEqualTo("@copr/tools");
        assertThat(tester.projects().get("@copr", "tools").id()).isEqualTo(project.id());
        assertThatThrownBy(() -> tester.projects().add("@copr", "mine", RAWHIDE))
                .isInstanceOfSatisfying(CoprAuthException.class, e -> assertThat(e.getCoprError())
                        .isEqualTo("User 'tester' doesn't have access to the copr group 'copr' (fas_name='copr')"));
    }

    @Test
    void listPaginatesAndOrdersLikeCopr() {
        IntStream.rangeClosed(1, 5).forEach(i -> tester.projects().add("tester", "p" + i, RAWHIDE));
        alice.projects().add("alice", "other", RAWHIDE);

        Page<Project> first = tester.projects().getList("tester", Pagination.builder().limit(2).order("name").orderType(OrderType.DESC).build());

        assertThat(first.items()).extracting(Project::name).containsExactly("p5", "p4");
        assertThat(first.meta().limit()).isEqualTo(2);
        assertThat(first.meta().orderType()).isEqualTo("DESC");
        assertThat(first.stream().map(Project::name)).containsExactly("p5", "p4", "p3", "p2", "p1");
        assertThat(tester.projects().getList(null).items()).hasSize(6);
        assertThat(tester.projects().getList("tester").meta().order()).isEqualTo("id");
    }

    @Test
    void orderingByAnUnknownFieldIsCoprs500() {
        assertThatThrownBy(() -> tester.projects().getList(null, Pagination.builder().limit(1).order("nope").orderType(OrderType.ASC).build()))
                .isInstanceOfSatisfying(CoprRequestException.class, e -> {
                    assertThat(e.getStatus()).isEqualTo(500);
                    assertThat(e.getCoprError()).isEqualTo("Cannot order by nope, copr doesn't have such property");
                });
    }

    @Test
    void searchFindsByTextOrFullName() {
        tester.projects().add("tester", "demo", RAWHIDE, NewProjectOptions.builder().description("Rust tools").build());
        alice.projects().add("alice", "other", RAWHIDE);
        copr.reindex();

        assertThat(tester.projects().search("rust").items()).extracting(Project::name).containsExactly("demo");
        assertThat(tester.projects().search("ali/oth").items()).extracting(Project::name)
                .containsExactly("other");
        assertThatThrownBy(() -> tester.projects().search("ab")).isInstanceOfSatisfying(
                CoprRequestException.class,
                e -> assertThat(e.getCoprError()).isEqualTo("Search string must have at least 3 characters"));
    }

    @Test
    void fullTextSearchSeesProjectsAsOfTheLastReindexAsCoprDoes() {
        tester.projects().add("tester", "demo", RAWHIDE, NewProjectOptions.builder().description("Rust tools").build());

        assertThat(tester.projects().search("rust").items()).isEmpty();
        assertThat(tester.projects().search("tes/dem").items()).extracting(Project::name).containsExactly("demo");
        copr.reindex();
        tester.projects().edit("tester", "demo", ProjectOptions.builder().description("Go tools").build());
        assertThat(tester.projects().search("rust").items()).extracting(Project::name).containsExactly("demo");
        assertThat(tester.projects().search("go tools").items()).isEmpty();
        tester.projects().delete("tester", "demo");
        assertThat(tester.projects().search("rust").items()).isEmpty();
    }

    @Test
    void immediateSearchIndexSeesEveryChangeAtOnce() {
        copr.searchIndex(SearchIndex.IMMEDIATE);
        tester.projects().add("tester", "demo", RAWHIDE, NewProjectOptions.builder().description("Rust tools").build());

        assertThat(tester.projects().search("rust").items()).extracting(Project::name).containsExactly("demo");
    }

    @Test
    void editChangesOnlyWhatIsSentAndReplacesChroots() {
        tester.projects().add("tester", "demo", RAWHIDE, NewProjectOptions.builder().description("old").build());

        Project edited = tester.projects().edit("tester", "demo", ProjectOptions.builder()
                .chroots(List.of("epel-9-x86_64")).additionalRepos(List.of("https://example.com/repo"))
                .develMode(true).build());

        assertThat(edited.description()).isEqualTo("old");
        assertThat(edited.develMode()).isTrue();
        assertThat(edited.additionalRepos()).containsExactly("https://example.com/repo");
        assertThat(edited.chrootRepos()).containsOnlyKeys("epel-9-x86_64");
    }

    @Test
    void droppingAChrootWithAnUnfinishedBuildIsA409AndChangesNothing() {
        tester.projects().add("tester", "demo", List.of("fedora-rawhide-x86_64", "epel-9-x86_64"));
        Build build = tester.builds().createFromUrl("tester", "demo", "https://example.com/foo-1.0-1.src.rpm");
        copr.advanceBuild(build.id()); // the SRPM build starts
        copr.advanceBuild(build.id()); // the SRPM is imported and the build's chroots wait

        assertThatThrownBy(() -> tester.projects().edit("tester", "demo", ProjectOptions.builder()
                .chroots(List.of("epel-9-x86_64")).description("new").build()))
                .isInstanceOfSatisfying(CoprRequestException.class, e -> {
                    assertThat(e.getStatus()).isEqualTo(409);
                    assertThat(e.getCoprError()).isEqualTo("Can't drop chroot from project, related build "
                            + build.id() + " is still in progress");
                });
        Project project = tester.projects().get("tester", "demo");
        assertThat(project.chrootRepos()).containsOnlyKeys("epel-9-x86_64", "fedora-rawhide-x86_64");
        assertThat(project.description()).isEmpty();

        copr.finishBuild(build.id());
        assertThat(tester.projects().edit("tester", "demo", ProjectOptions.builder()
                .chroots(List.of("epel-9-x86_64")).build()).chrootRepos()).containsOnlyKeys("epel-9-x86_64");
    }

    @Test
    void onlyEditorsMayEditOrDelete() {
        tester.projects().add("tester", "demo", RAWHIDE);
        CoprClient bob = copr.client(copr.user("bob"));

        assertThatThrownBy(() -> bob.projects().edit("tester", "demo",
                ProjectOptions.builder().description("mine").build()))
                .isInstanceOfSatisfying(CoprAuthException.class, e -> assertThat(e.getCoprError())
                        .isEqualTo("Only owners and admins may update their projects."));
        assertThatThrownBy(() -> bob.projects().delete("tester", "demo"))
                .isInstanceOfSatisfying(CoprAuthException.class, e -> assertThat(e.getStatus()).isEqualTo(403));
    }

    @Test
    void deleteRemovesTheProjectWithItsPackagesAndBuildsOnceTheyHaveEnded() {
        tester.projects().add("tester", "demo", RAWHIDE);
        tester.packages().add("tester", "demo", "rubygem-rake", RubygemsSource.of("rake"));
        Build build = tester.packages().build("tester", "demo", "rubygem-rake");

        assertThatThrownBy(() -> tester.projects().delete("tester", "demo"))
                .isInstanceOfSatisfying(CoprRequestException.class, e -> assertThat(e.getCoprError())
                        .isEqualTo("Build(s) " + build.id() + " are still running.\n"));
        copr.finishBuild(build.id());
        Project deleted = tester.projects().delete("tester", "demo");

        assertThat(deleted.name()).isEqualTo("demo");
        assertThat(copr.buildIds()).isEmpty();
        assertThatThrownBy(() -> tester.projects().get("tester", "demo")).isInstanceOf(CoprNoResultException.class);
    }

    @Test
    void forkCopiesSettingsPackagesAndSucceededBuilds() {
        tester.projects().add("tester", "demo", RAWHIDE, NewProjectOptions.builder().description("d").build());
        tester.packages().add("tester", "demo", "rubygem-rake", RubygemsSource.of("rake"));
        copr.finishBuild(tester.packages().build("tester", "demo", "rubygem-rake").id());

        Project fork = alice.projects().fork("tester", "demo", "alice", "demo-fork");

        assertThat(fork.fullName()).isEqualTo("alice/demo-fork");
        assertThat(fork.description()).isEqualTo("d");
        assertThat(alice.packages().get("alice", "demo-fork", "rubygem-rake").sourceDict())
                .containsEntry("gem_name", "rake");
        assertThat(alice.builds().getList("alice", "demo-fork").items())
                .extracting(Build::state).containsExactly(BuildState.FORKED);
        assertThatThrownBy(() -> alice.projects().fork("tester", "demo", "alice", "demo-fork"))
                .isInstanceOfSatisfying(CoprRequestException.class,
                        e -> assertThat(e.getCoprError()).startsWith("You are about to fork into existing project"));
    }

    @Test
    void regenerateReposNeedsEditRights() {
        tester.projects().add("tester", "demo", RAWHIDE);

        assertThat(tester.projects().regenerateRepos("tester", "demo").name()).isEqualTo("demo");
        assertThatThrownBy(() -> alice.projects().regenerateRepos("tester", "demo"))
                .isInstanceOfSatisfying(CoprException.class, e -> assertThat(e.getCoprError()).isEqualTo(
                        "User 'alice' can not see permissions for project 'tester/demo' (missing admin rights)"));
    }

    @Test
    void webhookSecretIsNewOnEachGeneration() {
        tester.projects().add("tester", "demo", RAWHIDE);

        String first = tester.webhooks().generate("tester", "demo").webhookSecret();
        String second = tester.webhooks().generate("tester", "demo").webhookSecret();

        assertThat(first).isNotEqualTo(second).hasSize(36);
    }
}
