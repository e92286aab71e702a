package dev.copr.test;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copr.client.CoprClient;
import dev.copr.client.build.Build;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Proves that the results host streams the RPMs it makes up: a 1 GiB RPM goes from the stub to a
 * client in one JVM with a 64 MiB heap. Runs in its own surefire execution ({@code large-download},
 * {@code -Xmx64m}).
 */
@Tag("large-download")
class LargeDownloadTest {

    private static final long SIZE = 1L << 30;

    @Test
    void resultsHostStreamsA1GibRpmWithinA64MibHeap() throws Exception {
        try (CoprStub copr = CoprStub.builder().rpmSize(SIZE).start()) {
            CoprClient client = copr.client();
            client.projects().add("tester", "big", List.of("fedora-rawhide-x86_64"));
            Build build = client.builds().createFromUrl("tester", "big", "https://example.com/big-1.0-1.src.rpm");
            copr.finishBuild(build.id());
            String resultUrl = client.buildChroots().get(build.id(), "fedora-rawhide-x86_64").resultUrl();

            HttpResponse<InputStream> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(resultUrl + "big-1.0-1.x86_64.rpm")).build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            long received;
            try (InputStream body = new DigestInputStream(response.body(), digest)) {
                received = body.transferTo(OutputStream.nullOutputStream());
            }

            assertThat(Runtime.getRuntime().maxMemory()).isLessThan(SIZE / 8);
            assertThat(response.headers().firstValueAsLong("Content-Length")).hasValue(SIZE);
            assertThat(received).isEqualTo(SIZE);
            ResultFile rpm = copr.resultFiles(build.id(), "fedora-rawhide-x86_64").stream()
                    .filter(file -> file.name().equals("big-1.0-1.x86_64.rpm")).findFirst().orElseThrow();
            assertThat(HexFormat.of().formatHex(digest.digest())).isEqualTo(rpm.sha256());
        }
    }
}
