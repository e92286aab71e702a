package dev.copr.client.project;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.copr.client.CoprWireMock;
import dev.copr.client.exception.CoprAuthException;
import dev.copr.client.exception.CoprNoResultException;
import dev.copr.client.exception.CoprRequestException;
import dev.copr.client.exception.CoprValidationException;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ProjectPermissionsTest {

    private static final String CAN_BUILD_IN = "/api_3/project/permissions/can_build_in/jdoe/user2/foocopr";
    private static final String GET = "/api_3/project/permissions/get/user2/foocopr";
    private static final String SET = "/api_3/project/permissions/set/user2/foocopr";
    private static final String REQUEST = "/api_3/project/permissions/request/user2/barcopr";

    @RegisterExtension
    static final CoprWireMock copr = CoprWireMock.create();

    private final ProjectProxy projects = copr.client().projects();

    @Test
    void canBuildInSendsCredentialsLikePythonAndReturnsTheAnswer() {
        copr.stubFor(get(CAN_BUILD_IN).willReturn(okJson(
                "{\"who\": \"jdoe\", \"ownername\": \"user2\", \"projectname\": \"foocopr\", \"can_build_in\": true}")));

        boolean allowed = projects.canBuildIn("jdoe", "user2", "foocopr");

        copr.verify(getRequestedFor(urlEqualTo(CAN_BUILD_IN)).withBasicAuth(ProjectFixtures.credentials()));
        assertThat(allowed).isTrue();
    }

    @Test
    void canBuildInWithoutCredentialsAsksAnonymously() {
        copr.stubFor(get(CAN_BUILD_IN).willReturn(okJson(
                "{\"who\": \"jdoe\", \"ownername\": \"user2\", \"projectname\": \"foocopr\", \"can_build_in\": false}")));

        boolean allowed = copr.anonymousClient().projects().canBuildIn("jdoe", "user2", "foocopr");

        copr.verify(getRequestedFor(urlEqualTo(CAN_BUILD_IN)).withHeader("Authorization", absent()));
        assertThat(allowed).isFalse();
    }

    @Test
    void canBuildInRefusesBadUserBeforeAnyRequest() {
        assertThatThrownBy(() -> projects.canBuildIn("j doe", "user2", "foocopr"))
                .isInstanceOf(CoprValidationException.class).hasMessageStartingWith("who 'j doe'");
        assertThat(copr.getAllServeEvents()).isEmpty();
    }

    @Test
    void getPermissionsSendsCredentialsAndMapsRolesPerUser() {
        copr.stubFor(get(GET).willReturn(okJson("""
                {"permissions": {"user1": {"admin": "nothing", "builder": "approved"},
                                 "user4": {"admin": "request", "builder": "demoted"}}}
                """)));

        Permissions permissions = projects.getPermissions("user2", "foocopr");

        copr.verify(getRequestedFor(urlEqualTo(GET)).withBasicAuth(ProjectFixtures.credentials()));
        assertThat(permissions.users()).containsExactly(
                Map.entry("user1", new UserPermissions(PermissionState.NOTHING, PermissionState.APPROVED)),
                Map.entry("user4", new UserPermissions(PermissionState.REQUEST, PermissionState.UNKNOWN)));
        assertThat(permissions.of("user1")).map(UserPermissions::builder).contains(PermissionState.APPROVED);
        assertThat(permissions.of("user3")).isEmpty();
    }

    @Test
    void getPermissionsPassesCoprsNothingSetTextThrough() {
        copr.stubFor(get(GET).willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/json")
                .withBody("{\"error\": \"No permissions set on user2/foocopr project\"}")));

        assertThatThrownBy(() -> projects.getPermissions("user2", "foocopr"))
                .isInstanceOf(CoprNoResultException.class)
                .hasMessageEndingWith(": No permissions set on user2/foocopr project");
    }

    @Test
    void getPermissionsWithoutCredentialsFailsBeforeAnyRequest() {
        ProjectProxy anonymous = copr.anonymousClient().projects();

        assertThatThrownBy(() -> anonymous.getPermissions("user2", "foocopr"))
                .isInstanceOf(CoprAuthException.class)
                .hasMessageContaining("project.get_permissions needs API credentials");
        assertThat(copr.getAllServeEvents()).isEmpty();
    }

    @Test
    void setPermissionsSendsTheRolesPerUserAndReturnsWhoChanged() {
        copr.stubFor(put(SET).willReturn(okJson("{\"updated\": [\"user4\"]}")));
        Map<String, UserPermissions> permissions = new LinkedHashMap<>();
        permissions.put("user4", UserPermissions.admin(PermissionState.APPROVED));
        permissions.put("user3", new UserPermissions(PermissionState.NOTHING, PermissionState.REQUEST));

        List<String> updated = projects.setPermissions("user2", "foocopr", permissions);

        copr.verify(putRequestedFor(urlEqualTo(SET))
                .withBasicAuth(ProjectFixtures.credentials())
                .withRequestBody(equalToJson("""
                        {"user4": {"admin": "approved"}, "user3": {"admin": "nothing", "builder": "request"}}
                        """)));
        assertThat(updated).containsExactly("user4");
    }

    @Test
    void setPermissionsPassesCoprsUnknownUserTextThrough() {
        copr.stubFor(put(SET).willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                .withBody("{\"error\": \"user 'nobody' doesn't exist in database\"}")));

        assertThatThrownBy(() -> projects.setPermissions("user2", "foocopr",
                Map.of("nobody", UserPermissions.builder(PermissionState.APPROVED))))
                .isExactlyInstanceOf(CoprRequestException.class)
                .extracting(e -> ((CoprRequestException) e).getCoprError())
                .isEqualTo("user 'nobody' doesn't exist in database");
    }

    @Test
    void setPermissionsRefusesEmptyOrUnsendableRolesBeforeAnyRequest() {
        Map<String, UserPermissions> nullRoles = new HashMap<>();
        nullRoles.put("user4", null);

        assertThatThrownBy(() -> projects.setPermissions("user2", "foocopr", Map.of()))
                .isInstanceOf(CoprValidationException.class).hasMessage("permissions must name at least one user");
        assertThatThrownBy(() -> projects.setPermissions("user2", "foocopr", nullRoles))
                .isInstanceOf(CoprValidationException.class).hasMessage("permissions of user4 must set admin or builder");
        assertThatThrownBy(() -> projects.setPermissions("user2", "foocopr",
                Map.of("user4", new UserPermissions(null, null))))
                .isInstanceOf(CoprValidationException.class);
        assertThatThrownBy(() -> projects.setPermissions("user2", "foocopr",
                Map.of("user4", UserPermissions.admin(PermissionState.UNKNOWN))))
                .isInstanceOf(CoprValidationException.class).hasMessageContaining("cannot be UNKNOWN");
        assertThat(copr.getAllServeEvents()).isEmpty();
    }

    @Test
    void requestPermissionsSendsTheWantedRolesAndReturnsWhetherAnythingChanged() {
        copr.stubFor(put(REQUEST).willReturn(okJson("{\"updated\": true}")));

        boolean updated = projects.requestPermissions("user2", "barcopr", new PermissionRequest(true, false));

        copr.verify(putRequestedFor(urlEqualTo(REQUEST))
                .withBasicAuth(ProjectFixtures.credentials())
                .withRequestBody(equalToJson("{\"admin\": true, \"builder\": false}")));
        assertThat(updated).isTrue();
    }

    @Test
    void requestPermissionsSendsOnlyTheGivenRole() {
        copr.stubFor(put(REQUEST).willReturn(okJson("{\"updated\": false}")));

        boolean updated = projects.requestPermissions("user2", "barcopr", PermissionRequest.builder(true));

        copr.verify(putRequestedFor(urlEqualTo(REQUEST)).withRequestBody(equalToJson("{\"builder\": true}")));
        assertThat(updated).isFalse();
    }

    @Test
    void requestPermissionsPassesCoprsRefusalTextThrough() {
        copr.stubFor(put(REQUEST).willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                .withBody("{\"error\": \"You already are 'admin' in 'user2/barcopr'\"}")));

        assertThatThrownBy(() -> projects.requestPermissions("user2", "barcopr", PermissionRequest.admin(true)))
                .isExactlyInstanceOf(CoprRequestException.class)
                .hasMessageEndingWith(": You already are 'admin' in 'user2/barcopr'");
    }

    @Test
    void emptyPermissionRequestIsRefusedBeforeAnyRequest() {
        assertThatThrownBy(() -> new PermissionRequest(null, null))
                .isInstanceOf(CoprValidationException.class);
        assertThatThrownBy(() -> projects.requestPermissions("user2", "barcopr", null))
                .isInstanceOf(CoprValidationException.class).hasMessage("permissions must not be null");
        assertThat(copr.getAllServeEvents()).isEmpty();
    }
}
