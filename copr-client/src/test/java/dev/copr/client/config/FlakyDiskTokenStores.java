package dev.copr.client.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.atomic.AtomicBoolean;

/** Token stores of the classic config file whose disk fails, for tests outside this package. */
public final class FlakyDiskTokenStores {

    private FlakyDiskTokenStores() {
    }

    /** A store of {@code file} whose first save fails as on a full disk; later saves work. */
    public static ClassicConfigFileTokenStore failingFirstSave(Path file) {
        AtomicBoolean diskFull = new AtomicBoolean(true);
        return new ClassicConfigFileTokenStore(file, (source, target) -> {
            if (diskFull.getAndSet(false)) {
                throw new IOException("disk full");
            }
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        });
    }
}
