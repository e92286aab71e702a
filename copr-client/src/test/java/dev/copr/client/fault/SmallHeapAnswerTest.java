package dev.copr.client.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.copr.client.CoprClient;
import dev.copr.client.config.CoprConfig;
import dev.copr.client.config.RetryOptions;
import dev.copr.client.exception.CoprException;
import dev.copr.client.exception.CoprRequestException;

import java.io.IOException;
import java.lang.management.ManagementFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Answers that never end, read with the default answer size (32 MiB) by a client in a JVM with a
 * 128 MiB heap (the {@code small-heap} execution of the build): they end in a
 * {@link CoprRequestException}, not in an {@link OutOfMemoryError}.
 */
@Tag("small-heap")
class SmallHeapAnswerTest {

    private static final String BUILD_ITEM = "{\"id\": 1, \"state\": \"succeeded\", \"ownername\": \"@copr\","
            + " \"projectname\": \"copr-dev\", \"project_dirname\": \"copr-dev\", \"submitter\": \"jdoe\","
            + " \"chroots\": [\"fedora-41-x86_64\"], \"source_package\": {\"name\": \"hello\", \"version\": \"1.0-1\","
            + " \"url\": \"https://example.org/hello-1.0-1.src.rpm\"}, \"started_on\": 1700000000},";

    @BeforeAll
    static void heapIsSmall() {
        assertThat(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax()).isLessThanOrEqualTo(128L << 20);
    }

    private static CoprClient client(HostileCopr copr) {
        return CoprClient.create(CoprConfig.builder().url(copr.url()).retry(RetryOptions.disabled()).build());
    }

    @Test
    void endlessListOfBuildsEndsAtTheAnswerSize() throws IOException {
        try (HostileCopr copr = HostileCopr.start(HostileCopr.endless(200, "application/json", "{\"items\": [",
                BUILD_ITEM))) {
            CoprException e = catchThrowableOfType(CoprException.class,
                    () -> client(copr).builds().getList("@copr", "copr-dev"));

            assertThat(e).isExactlyInstanceOf(CoprRequestException.class)
                    .hasMessageContaining("maximum answer size of 33554432 bytes");
            assertThat(copr.requests()).isEqualTo(1);
        }
    }

    @Test
    void endlessListOfMinimalBuildsEndsAtTheTokenCount() throws IOException {
        try (HostileCopr copr = HostileCopr.start(HostileCopr.endless(200, "application/json", "{\"items\": [",
                "{\"id\":1,\"state\":\"running\",\"x\":1},"))) {
            CoprException e = catchThrowableOfType(CoprException.class,
                    () -> client(copr).builds().getList("@copr", "copr-dev"));

            assertThat(e).isExactlyInstanceOf(CoprRequestException.class)
                    .hasMessageContaining("maximum answer size of 33554432 bytes").hasMessageContaining("Token count");
            assertThat(copr.requests()).isEqualTo(1);
        }
    }

    @Test
    void endlessStringEndsAtAnEighthOfTheAnswerSize() throws IOException {
        try (HostileCopr copr = HostileCopr.start(HostileCopr.endless(200, "application/json",
                "{\"id\": 7, \"state\": \"", "x"))) {
            CoprException e = catchThrowableOfType(CoprException.class, () -> client(copr).builds().get(7));

            assertThat(e).isExactlyInstanceOf(CoprRequestException.class)
                    .hasMessageContaining("maximum answer size of 33554432 bytes").hasMessageContaining("String value length");
            assertThat(copr.requests()).isEqualTo(1);
        }
    }
}
