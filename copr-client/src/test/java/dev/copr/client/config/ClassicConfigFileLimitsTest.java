package dev.copr.client.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.copr.client.exception.CoprConfigException;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A config file cannot exhaust the heap: neither by its size nor by what its %(x)s references expand
 * to. Runs in the build's {@code small-heap} execution, with a 128 MiB heap that either would fill.
 */
@Tag("small-heap")
class ClassicConfigFileLimitsTest {

    private static final Duration FAST = Duration.ofSeconds(5);

    @TempDir
    Path dir;

    @Test
    void fileLargerThanOneMebibyteIsRefusedWithoutReadingItAll() throws IOException {
        Path file = dir.resolve("copr");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(400L * 1024 * 1024);
        }

        assertTimeoutPreemptively(FAST, () -> assertThatThrownBy(() -> ClassicConfigFile.read(file))
                .isInstanceOf(CoprConfigException.class)
                .hasMessageStartingWith(file + " is larger than 1 MiB"));
    }

    @Test
    void fileOfOneMebibyteIsRead() throws IOException {
        String head = "[copr-cli]\ncopr_url = https://copr.example.org\n# ";
        Path file = Files.writeString(dir.resolve("copr"), head + "x".repeat(1024 * 1024 - head.length()));

        assertThat(Files.size(file)).isEqualTo(1024 * 1024);
        assertThat(ClassicConfigFile.read(file).url()).hasHost("copr.example.org");
    }

    @Test
    void exponentialInterpolationFailsFastNamingFileLineAndKey() throws IOException {
        // Within the nesting depth, each key refers ten times to the next: k0 would be 8 * 10^9 characters.
        String keys = IntStream.range(0, 9)
                .mapToObj(level -> "k" + level + " = " + ("%(k" + (level + 1) + ")s").repeat(10))
                .collect(Collectors.joining("\n"));
        Path file = Files.writeString(dir.resolve("copr"), "[copr-cli]\ntoken = %(k0)s\n" + keys + "\nk9 = xxxxxxxx\n");

        assertThat(Files.size(file)).isLessThan(1024);
        assertTimeoutPreemptively(FAST, () -> assertThatThrownBy(() -> ClassicConfigFile.read(file))
                .isInstanceOf(CoprConfigException.class)
                .hasMessageStartingWith(file + ", line ")
                .hasMessageContaining("' expands to more than 64 KiB through its %(...)s references"));
    }
}
