package dev.copr.client.internal.download;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.copr.client.exception.CoprRequestException;

import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SafeNamesTest {

    @ParameterizedTest
    @ValueSource(strings = {"", ".", "..", "../x.rpm", "a/b.rpm", "/etc/passwd", "a\\b.rpm", "C:x.rpm",
        "x\u0000.rpm", "x\n.rpm", "x\u001b[2J.rpm", "x\u0085.rpm"})
    void refusesNamesThatAreNotOnePlainPathElement(String name) {
        assertThatThrownBy(() -> SafeNames.child(Path.of("/dest"), "file name", name))
                .isInstanceOf(CoprRequestException.class).hasMessageContaining("not a plain name")
                .hasMessageNotContaining("\u001b").hasMessageNotContaining("\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"hello-2.12-1.fc41.x86_64.rpm", "builder-live.log.gz", "..hidden", "a..b.spec"})
    void keepsPlainNamesInTheDirectory(String name) {
        assertThat(SafeNames.child(Path.of("/dest"), "file name", name)).isEqualTo(Path.of("/dest", name));
    }
}
