package dev.copr.benchmarks;

import dev.copr.client.build.Build;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Consumer;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The baseline: what an application would write by hand with the JDK {@link HttpClient} and
 * Jackson, with the same JSON settings as the client: a build into the client's {@link Build}
 * record, projects into {@link RawProject}, a plain record of the same fields.
 */
final class RawCopr {

    private final String apiBase;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final JsonMapper json = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    RawCopr(String url) {
        this.apiBase = url + "/api_3";
    }

    /** {@code GET /api_3/build/{id}}, mapped to a {@link Build}. */
    Build getBuild(long id) {
        return getJson("/build/" + id, Build.class);
    }

    private <T> T getJson(String pathAndQuery, Class<T> type) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(apiBase + pathAndQuery))
                .timeout(Duration.ofSeconds(90)).GET().build();
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("HTTP " + response.statusCode() + " for " + pathAndQuery);
                }
                return json.readValue(body, type);
            }
        } catch (IOException e) {
            throw new IllegalStateException("GET " + pathAndQuery + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /**
     * Every project of {@code owner}, {@code GET /api_3/project/list} page by page as the client's
     * {@code Page.stream()} does: the following page is asked for while the last one was full.
     */
    void walkProjects(String owner, int pageSize, Consumer<RawProject> action) {
        int offset = 0;
        RawProject.Page page;
        do {
            page = getJson("/project/list?ownername=" + URLEncoder.encode(owner, StandardCharsets.UTF_8)
                    + "&limit=" + pageSize + "&offset=" + offset, RawProject.Page.class);
            page.items().forEach(action);
            offset += pageSize;
        } while (page.items().size() >= page.meta().limit());
    }

    /** The same multipart upload as {@code createFromFile}, the file streamed by the JDK client. */
    long upload(Path srpm) {
        String boundary = "rawBoundary" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"json\"; filename=\"json\"\r\n"
                + "Content-Type: application/json\r\n\r\n"
                + "{\"ownername\":\"@copr\",\"projectname\":\"copr-dev\",\"chroots\":[\"fedora-41-x86_64\"]}\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"pkgs\"; filename=\""
                + srpm.getFileName() + "\"\r\nContent-Type: application/x-rpm\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(apiBase + "/build/create/upload"))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofByteArray(head),
                            HttpRequest.BodyPublishers.ofFile(srpm), HttpRequest.BodyPublishers.ofByteArray(tail)))
                    .build();
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("HTTP " + response.statusCode() + " for the upload");
                }
                return json.readValue(body, Build.class).id();
            }
        } catch (IOException e) {
            throw new IllegalStateException("upload failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
