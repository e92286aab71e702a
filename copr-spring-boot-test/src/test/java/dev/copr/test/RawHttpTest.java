package dev.copr.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

/** The stub as a client that is not ours sees it: raw HTTP requests shaped as python-copr or curl sends them. */
class RawHttpTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final CoprStub copr = CoprStub.builder().user(CoprStubUser.named("alice").inGroups("copr")).start();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String alice = "Basic " + Base64.getEncoder().encodeToString("alice-login:alice-token".getBytes());

    @BeforeEach
    void groupProject() throws Exception {
        HttpResponse<String> added = send(json("POST", "/project/add/%40copr?exist_ok=False", """
                {"name": "tools", "chroots": ["fedora-rawhide-x86_64"], "description": null, "homepage": null,
                 "additional_repos": null, "unlisted_on_hp": false, "enable_net": false, "persistent": false,
                 "auto_prune": true, "devel_mode": false, "follow_fedora_branching": true}
                """).header("Authorization", alice).build());
        assertThat(added.statusCode()).isEqualTo(200);
    }

    @AfterEach
    void stop() {
        copr.close();
    }

    @Test
    void apiRootAnswersWithOrWithoutTrailingSlash() throws Exception {
        assertThat(body(send(get("/")))).isEqualTo(Map.of("version", 3));
        assertThat(send(HttpRequest.newBuilder(URI.create(copr.url() + "/api_3")).build()).body())
                .isEqualTo("{\"version\":3}");
    }

    @Test
    void projectHasExactlyTheKeysOfCoprsProjectModel() throws Exception {
        HttpResponse<String> response = send(get("/project?ownername=%40copr&projectname=tools"));

        assertThat(response.headers().firstValue("Content-Type")).contains("application/json");
        assertThat(body(response)).containsOnlyKeys("id", "name", "ownername", "full_name", "homepage", "contact",
                "description", "instructions", "devel_mode", "persistent", "unlisted_on_hp", "auto_prune",
                "chroot_repos", "additional_repos", "enable_net", "bootstrap", "isolation", "module_hotfixes",
                "appstream", "packit_forge_projects_allowed", "follow_fedora_branching", "repo_priority", "storage")
                .containsEntry("full_name", "@copr/tools").containsEntry("homepage", null);
    }

    @Test
    void buildHasExactlyTheKeysOfCoprsBuildModel() throws Exception {
        HttpResponse<String> created = send(json("POST", "/build/create/url", """
                {"ownername": "@copr", "projectname": "tools", "pkgs": ["https://example.com/a-1-1.src.rpm"],
                 "project_dirname": null, "chroots": null}
                """).header("Authorization", alice).build());
        Map<String, Object> list = body(created);
        @SuppressWarnings("unchecked")
        Map<String, Object> build = ((List<Map<String, Object>>) list.get("items")).get(0);

        assertThat(((Map<?, ?>) list.get("meta")).values()).containsOnlyNulls();
        assertThat(build).containsOnlyKeys("id", "state", "projectname", "ownername", "repo_url", "source_package",
                "submitted_on", "started_on", "ended_on", "submitter", "chroots", "project_dirname", "is_background")
                .containsEntry("state", "pending").containsEntry("submitter", "alice");
        assertThat(build.get("submitted_on")).isInstanceOf(Number.class);
    }

    @Test
    void listAnswerCarriesCoprsMeta() throws Exception {
        assertThat(body(send(get("/project/list?ownername=%40copr&limit=1")))).containsEntry("meta",
                Map.of("limit", 1, "offset", 0, "order", "id", "order_type", "ASC"));
    }

    @Test
    void errorsAreJsonWithCoprsStatusAndMessage() throws Exception {
        assertError(send(get("/nothing/here")), 404, "Such API endpoint doesn't exist");
        assertError(send(get("/build/77")), 404, "Build 77 does not exist.");
        assertError(send(get("/project?ownername=%40copr")), 400, "Missing argument projectname");
        assertError(send(get("/project/list?limit=ten")), 500, "{'limit': ['Not a valid integer value.']}");
        assertError(send(get("/monitor?ownername=%40copr&projectname=tools&additional_fields%5B%5D=url_build_log"
                + "&additional_fields%5B%5D=colour&additional_fields%5B%5D=apple")), 400,
                "Wrong additional_fields argument(s): apple, colour");
        assertError(send(get("/project/add/alice")), 405, "The method is not allowed for the requested URL.");
        assertThat(send(HttpRequest.newBuilder(URI.create(copr.url() + "/elsewhere")).build()).statusCode())
                .isEqualTo(404);
    }

    @Test
    void refusedTokenGetsCoprsNotokAnswer() throws Exception {
        HttpResponse<String> response = send(get("/auth-check").header("Authorization",
                "Basic " + Base64.getEncoder().encodeToString("alice-login:wrong".getBytes())).build());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(body(response)).containsExactlyInAnyOrderEntriesOf(Map.of("output", "notok", "error",
                "Login invalid/expired. Please visit " + copr.url() + "/api to get or renew your API token."));
    }

    @Test
    void deprecatedMethodIsServedWithAWarning() throws Exception {
        HttpResponse<String> response = send(json("POST", "/project/edit/%40copr/tools", "{\"description\": \"x\"}")
                .header("Authorization", alice).build());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Warning"))
                .contains("This method is deprecated: Use PUT method instead of POST");
        assertThat(body(response)).containsEntry("description", "x");
    }

    @Test
    void chunkedMultipartUploadWithJsonPartIsMeasured() throws Exception {
        byte[] srpm = new byte[200_000];
        for (int i = 0; i < srpm.length; i++) {
            srpm[i] = (byte) (i % 251);
        }
        String boundary = "----stub-test-boundary";
        ByteArrayOutputStream multipart = new ByteArrayOutputStream();
        multipart.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"json\"; filename=\"json\"\r\n"
                + "Content-Type: application/json\r\n\r\n{\"ownername\": \"@copr\", \"projectname\": \"tools\","
                + " \"chroots\": [\"fedora-rawhide-x86_64\"]}\r\n--" + boundary + "\r\nContent-Disposition: form-data;"
                + " name=\"pkgs\"; filename=\"foo-1.0-1.src.rpm\"\r\nContent-Type: application/x-rpm\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        multipart.writeBytes(srpm);
        multipart.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        byte[] bytes = multipart.toByteArray();

        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(copr.url() + "/api_3/build/create/upload"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("Authorization", alice)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes))).build());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(body(response)).containsEntry("chroots", List.of("fedora-rawhide-x86_64"));
        RecordedRequest upload = copr.requests("POST", "/build/create/upload").get(0);
        assertThat(upload.body()).containsEntry("ownername", "@copr");
        assertThat(upload.files()).singleElement().satisfies(file -> {
            assertThat(file.partName()).isEqualTo("pkgs");
            assertThat(file.filename()).isEqualTo("foo-1.0-1.src.rpm");
            assertThat(file.contentType()).isEqualTo("application/x-rpm");
            assertThat(file.size()).isEqualTo(srpm.length);
        });
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(URI.create(copr.url() + "/api_3" + path)).header("User-Agent", "copr test");
    }

    private HttpRequest.Builder json(String method, String path, String body) {
        return HttpRequest.newBuilder(URI.create(copr.url() + "/api_3" + path)).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return send(request.build());
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> body(HttpResponse<String> response) {
        return JSON.readValue(response.body(), Map.class);
    }

    private static void assertError(HttpResponse<String> response, int status, String message) {
        assertThat(response.statusCode()).as(response.uri().toString()).isEqualTo(status);
        assertThat(body(response)).containsExactlyEntriesOf(Map.of("error", message));
    }
}
