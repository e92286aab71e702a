package dev.copr.client.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Warns, as ssh does for a private key, when a config file holding an API token can be read by
 * other users: once per file and JVM, so re-reading it (e.g. for a token renewal) does not repeat it.
 */
final class ConfigFilePermissions {

    private static final Logger log = LoggerFactory.getLogger(ConfigFilePermissions.class);
    private static final Set<Path> WARNED = ConcurrentHashMap.newKeySet();

    private ConfigFilePermissions() {
    }

    static void warnIfReadableByOthers(Path file) {
        Set<PosixFilePermission> permissions;
        try {
            permissions = Files.getPosixFilePermissions(file);
        } catch (UnsupportedOperationException | IOException noPosixPermissions) {
            return; // e.g. Windows, where ACLs decide and there is no mode to check
        }
        boolean open = permissions.contains(PosixFilePermission.GROUP_READ)
                || permissions.contains(PosixFilePermission.OTHERS_READ);
        if (open && WARNED.add(file.toAbsolutePath().normalize())) {
            log.warn("Copr config file {} holds an API token and can be read by other users (permissions {}):"
                    + " run chmod 600 {}", file, PosixFilePermissions.toString(permissions), file);
        }
    }
}
