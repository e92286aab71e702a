package dev.copr.test;

import static dev.copr.test.assertj.CoprStubAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.copr.client.CoprClient;
import dev.copr.client.build.Build;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Proves that the stub measures uploads without holding them: a 256 MiB SRPM goes from the client
 * to the stub in one JVM with a 64 MiB heap. Runs in its own surefire execution ({@code large-upload},
 * {@code -Xmx64m}).
 */
@Tag("large-upload")
class LargeUploadTest {

    private static final long SIZE = 256L << 20;

    @Test
    void stubMeasuresA256MibUploadWithinA64MibHeap(@TempDir Path dir) throws IOException {
        Path srpm = dir.resolve("big-1.0-1.src.rpm");
        try (RandomAccessFile file = new RandomAccessFile(srpm.toFile(), "rw")) {
            file.setLength(SIZE);
            file.seek(SIZE - 4);
            file.write("tail".getBytes(StandardCharsets.US_ASCII));
        }
        try (CoprStub copr = CoprStub.start()) {
            CoprClient client = copr.client();
            client.projects().add("tester", "big", List.of("fedora-rawhide-x86_64"));

            Build build = client.builds().createFromFile("tester", "big", srpm);

            assertThat(build.sourcePackage().url()).endsWith("/big-1.0-1.src.rpm");
            assertThat(Runtime.getRuntime().maxMemory()).isLessThan(SIZE / 2);
            assertThat(copr).receivedRequest("POST", "/build/create/upload").hasUploaded("pkgs", srpm);
        }
    }
}
