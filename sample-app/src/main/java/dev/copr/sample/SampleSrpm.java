package dev.copr.sample;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import dev.copr.test.CoprStub;

/**
 * The SRPM the tour uploads: {@code sample.srpm-file} when set; against the stub, a generated demo
 * file (the stub measures uploads, it does not build them); against a real Copr, none.
 */
@Component
class SampleSrpm {

    private static final int DEMO_SIZE = 4 * 1024 * 1024;

    private final SampleProperties sample;
    private final ObjectProvider<CoprStub> stub;

    SampleSrpm(SampleProperties sample, ObjectProvider<CoprStub> stub) {
        this.sample = sample;
        this.stub = stub;
    }

    Optional<Path> file() {
        Path configured = sample.srpmFile();
        if (configured != null) {
            return Optional.of(configured);
        }
        if (stub.getIfAvailable() == null) {
            return Optional.empty();
        }
        try {
            Path dir = Files.createTempDirectory("copr-sample");
            Path file = Files.write(dir.resolve("hello-1.0-1.src.rpm"), new byte[DEMO_SIZE]);
            file.toFile().deleteOnExit();
            dir.toFile().deleteOnExit();
            return Optional.of(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the demo SRPM", e);
        }
    }
}
