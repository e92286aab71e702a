package dev.copr.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.copr.client.CoprClient;
import dev.copr.client.build.BuildOptions;
import dev.copr.client.exception.CoprAuthException;
import dev.copr.client.exception.CoprNoResultException;
import dev.copr.client.exception.CoprRequestException;
import dev.copr.client.project.PermissionRequest;
import dev.copr.client.project.PermissionState;
import dev.copr.client.project.UserPermissions;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PermissionsTest {

    private final CoprStub copr = CoprStub.builder().user(CoprStubUser.named("bob")).start();
    private final CoprClient owner = copr.client();
    private final CoprClient bob = copr.client(copr.user("bob"));

    @BeforeEach
    void project() {
        owner.projects().add("tester", "demo", List.of("fedora-rawhide-x86_64"));
    }

    @AfterEach
    void stop() {
        copr.close();
    }

    @Test
    void projectWithoutPermissionsIsA404ForItsOwner() {
        assertThatThrownBy(() -> owner.projects().getPermissions("tester", "demo"))
                .isInstanceOfSatisfying(CoprNoResultException.class, e -> assertThat(e.getCoprError())
                        .isEqualTo("No permissions set on tester/demo project"));
    }

    @Test
    void requestedBuilderRoleBecomesUsableOnceApproved() {
        assertThat(owner.projects().canBuildIn("bob", "tester", "demo")).isFalse();
        assertThatThrownBy(() -> bob.builds().createFromUrl("tester", "demo", "https://e.com/a-1-1.src.rpm",
                BuildOptions.none())).isInstanceOfSatisfying(CoprAuthException.class, e -> assertThat(e.getCoprError())
                .isEqualTo("User bob is not allowed to build in the copr: tester/demo"));

        assertThat(bob.projects().requestPermissions("tester", "demo", PermissionRequest.builder(true))).isTrue();
        assertThat(owner.projects().getPermissions("tester", "demo").users())
                .containsEntry("bob", new UserPermissions(PermissionState.NOTHING, PermissionState.REQUEST));
        List<String> updated = owner.projects().setPermissions("tester", "demo",
                Map.of("bob", UserPermissions.builder(PermissionState.APPROVED)));

        assertThat(updated).containsExactly("bob");
        assertThat(owner.projects().canBuildIn("bob", "tester", "demo")).isTrue();
        assertThat(bob.builds().createFromUrl("tester", "demo", "https://e.com/a-1-1.src.rpm").submitter())
                .isEqualTo("bob");
    }

    @Test
    void settingTheSameRoleAgainUpdatesNobody() {
        owner.projects().setPermissions("tester", "demo", Map.of("bob", UserPermissions.admin(PermissionState.APPROVED)));

        assertThat(owner.projects().setPermissions("tester", "demo",
                Map.of("bob", UserPermissions.admin(PermissionState.APPROVED)))).isEmpty();
        assertThat(bob.projects().getPermissions("tester", "demo").users()).containsOnlyKeys("bob");
    }

    @Test
    void unknownUserAndTheOwnerCannotGetRoles() {
        assertThatThrownBy(() -> owner.projects().setPermissions("tester", "demo",
                Map.of("nobody", UserPermissions.builder(PermissionState.APPROVED))))
                .isInstanceOfSatisfying(CoprRequestException.class, e -> assertThat(e.getCoprError())
                        .isEqualTo("user 'nobody' doesn't exist in database"));
        assertThatThrownBy(() -> owner.projects().setPermissions("tester", "demo",
                Map.of("tester", UserPermissions.builder(PermissionState.APPROVED))))
                .isInstanceOfSatisfying(CoprRequestException.class, e -> assertThat(e.getCoprError())
                        .isEqualTo("user 'tester' is owner of the 'tester/demo' project"));
    }

    @Test
    void onlyEditorsMaySeeOrSetPermissions() {
        assertThatThrownBy(() -> bob.projects().getPermissions("tester", "demo"))
                .isInstanceOfSatisfying(CoprAuthException.class, e -> assertThat(e.getStatus()).isEqualTo(403));
    }
}
