package dev.copr.client.fault;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.copr.client.CoprClient;
import dev.copr.client.CoprWireMock;
import dev.copr.client.build.BuildOptions;
import dev.copr.client.exception.CoprException;
import dev.copr.client.exception.CoprRequestException;
import dev.copr.client.page.Pagination;
import dev.copr.client.project.PermissionRequest;

import java.util.List;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Successful answers that lack a field the call's result is made of: a request error naming the
 * request and the field, never a {@code NullPointerException} or a null result.
 */
class MissingFieldFaultTest {

    @RegisterExtension
    static final CoprWireMock copr = FaultFixtures.copr();

    private final CoprClient client = copr.client();

    @ParameterizedTest
    @ValueSource(strings = {"{\"id\": 1}", "{\"id\": 1, \"name\": null}"})
    void authUsernameWithoutANameInTheAnswer(String answer) {
        assertRefused(answer, () -> client.authUsername(), "GET /api_3/auth-check", "name");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"meta\": {}}", "{\"items\": null, \"meta\": {}}", "{\"items\": [null], \"meta\": {}}"})
    void listWithoutItems(String answer) {
        assertRefused(answer, () -> client.builds().getList("jdoe", "tools", Pagination.none()),
                "GET /api_3/build/list?ownername=jdoe&projectname=tools", "items");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"meta\": {}}", "{\"items\": null}"})
    void buildsFromUrlsWithoutItemsAreNotSentTwice(String answer) {
        assertRefused(answer, () -> client.builds().createFromUrls("jdoe", "tools",
                        List.of("https://example.org/a.src.rpm"), BuildOptions.none()),
                "POST /api_3/build/create/url", "items");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"state\": \"running\"}", "{\"id\": null, \"state\": \"running\"}"})
    void watchedBuildWithoutAnId(String answer) {
        assertRefused(answer, () -> client.builds().watcher().build().waitForIds(7),
                "GET /api_3/build/7", "id");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"id\": 7}", "{\"id\": 7, \"state\": null}"})
    void watchedBuildWithoutAState(String answer) {
        assertRefused(answer, () -> client.builds().watcher().build().waitForIds(7),
                "GET /api_3/build/7", "state");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", "{\"can_build_in\": null}"})
    void canBuildInWithoutTheAnswer(String answer) {
        assertRefused(answer, () -> client.projects().canBuildIn("jdoe", "jdoe", "tools"),
                "GET /api_3/project/permissions/can_build_in/jdoe/jdoe/tools", "can_build_in");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", "{\"updated\": null}"})
    void requestPermissionsWithoutTheAnswer(String answer) {
        assertRefused(answer,
                () -> client.projects().requestPermissions("jdoe", "tools", PermissionRequest.builder(true)),
                "PUT /api_3/project/permissions/request/jdoe/tools", "updated");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"id\": 3, \"name\": \"tools\"}", "{\"id\": 3, \"webhook_secret\": null}"})
    void webhookSecretWithoutTheSecret(String answer) {
        assertRefused(answer, () -> client.webhooks().generate("jdoe", "tools"),
                "POST /api_3/webhook/generate/jdoe/tools", "webhook_secret");
    }

    private static void assertRefused(String answer, Executable call, String request, String field) {
        copr.stubFor(any(anyUrl()).willReturn(okJson(answer)));

        CoprException e = catchThrowableOfType(CoprException.class, call::execute);

        assertThat(e).isExactlyInstanceOf(CoprRequestException.class);
        assertThat(e.getStatus()).isEqualTo(200);
        assertThat(e.getRequest()).isEqualTo(request);
        assertThat(e.getMessage()).startsWith("Copr answered HTTP 200 to " + request
                + " with a body that is not the expected JSON (").contains("\"" + field + "\"");
        copr.verify(1, anyRequestedFor(anyUrl()));
    }
}
