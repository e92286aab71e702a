package dev.copr.client.config;

import dev.copr.client.exception.CoprConfigException;
import dev.copr.client.internal.Arguments;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

/**
 * Saves a renewed token into python-copr's classic config file, as {@code copr-cli new-api-token}
 * does, but without touching anything else: only the values of {@code login} and {@code token} in
 * {@code [copr-cli]} and the date of the {@code # expiration date:} comment change (the comment is
 * added below the token when missing); every other byte stays as it was.
 *
 * <p>The write is atomic: the new content goes to a temporary file in the same directory, readable
 * by the owner only, is flushed to disk and read back, and then renamed over the file. The previous
 * file is kept as {@code <name>.bak} (owner-only too), written the same way first. A crash at any
 * point leaves the file with either the old or the new token. A symbolic link is followed: its
 * target is rewritten.
 *
 * <p>Renewals of processes sharing the file take turns: {@link #exclusively} holds an exclusive
 * {@link java.nio.channels.FileChannel#lock() lock} on {@code <name>.lock} beside the file, and
 * {@link #saved()} re-reads the file under it, so a process that comes second finds the token the
 * first one saved and uses it instead of renewing the token Copr has just invalidated.
 *
 * @since 0.1.0
 */
public final class ClassicConfigFileTokenStore implements ApiTokenStore {

    /** Read-write for the owner only, where the file system knows POSIX permissions. */
    static final FileAttribute<?>[] OWNER_ONLY = FileSystems.getDefault().supportedFileAttributeViews()
            .contains("posix")
            ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))}
            : new FileAttribute<?>[0];

    /** The last step of an atomic write; replaced in tests to fail between write and rename. */
    @FunctionalInterface
    interface Rename {
        void rename(Path source, Path target) throws IOException;
    }

    private final Path path;
    private final Rename rename;

    /** @param path the classic config file, e.g. {@link ClassicConfigFile#defaultPath()} */
    public ClassicConfigFileTokenStore(Path path) {
        this(path, (source, target) -> Files.move(source, target, StandardCopyOption.ATOMIC_MOVE,
                StandardCopyOption.REPLACE_EXISTING));
    }

    ClassicConfigFileTokenStore(Path path, Rename rename) {
        Arguments.requireNonNull("path", path);
        this.path = path;
        this.rename = rename;
    }

    /** The file this store writes. */
    public Path path() {
        return path;
    }

    /** Where the previous content is kept: {@code <name>.bak} next to the (link-resolved) file. */
    public Path backupPath() {
        Path target = target();
        return target.resolveSibling(target.getFileName() + ".bak");
    }

    /**
     * Where {@link #exclusively} locks: {@code <name>.lock} next to the (link-resolved) file, created
     * owner-only when missing and never deleted.
     */
    public Path lockPath() {
        Path target = target();
        return target.resolveSibling(target.getFileName() + ".lock");
    }

    /**
     * Checks that the file exists, is a valid classic config file with {@code login} and
     * {@code token} lines in {@code [copr-cli]}, and that it and its directory are writable.
     */
    @Override
    public void checkWritable() {
        Path target = target();
        TokenLines.replace(path, read(target), "check", "check", null);
        if (!Files.isWritable(target) || !Files.isWritable(parent(target))) {
            throw new CoprConfigException(path + " or its directory is not writable, so a renewed Copr API token"
                    + " could not be saved there; make both writable by this user, or turn saving off");
        }
    }

    /**
     * Runs {@code renewal} while holding the lock on {@link #lockPath()}, which one thread of all
     * processes holds at a time; waits for it first.
     * @throws CoprConfigException naming the lock file when it cannot be created or locked
     */
    @Override
    public <T> T exclusively(Supplier<T> renewal) {
        return LockFile.holding(lockPath(), renewal);
    }

    /** Login, token and {@code # expiration date:} as the file holds them now. */
    @Override
    public Optional<ApiToken> saved() {
        ClassicConfigFile file = ClassicConfigFile.read(path);
        String login = file.login();
        String token = file.token();
        if (login == null || token == null) {
            return Optional.empty();
        }
        return Optional.of(new ApiToken(login, token, file.tokenExpiration()));
    }

    /** Writes the token into the file; see the class description. */
    @Override
    public synchronized void save(ApiToken token) {
        Path target = target();
        String old = read(target);
        String updated = TokenLines.replace(path, old, token.apiLogin(), token.apiToken(), token.expiration());
        write(backupPath(), old, null);
        write(target, updated, token);
    }

    private Path target() {
        try {
            return Files.exists(path) ? path.toRealPath() : path.toAbsolutePath();
        } catch (IOException e) {
            throw new CoprConfigException("Cannot resolve " + path + ": " + e.getMessage(), e);
        }
    }

    /** The directory of a config file, which the absolute path of a regular file always has. */
    private static Path parent(Path target) {
        return Objects.requireNonNull(target.getParent(), () -> target + " has no parent directory");
    }

    private String read(Path target) {
        if (!Files.isRegularFile(target)) {
            throw new CoprConfigException("Copr config file " + path + " is missing, so a renewed API token cannot be"
                    + " saved there: download it from <copr-url>/api, or turn saving off");
        }
        ClassicConfigFile.read(target);
        try {
            return new String(Files.readAllBytes(target), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new CoprConfigException("Cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    /** Temporary file, fsync, check, rename, fsync of the directory. */
    private void write(Path target, String content, @Nullable ApiToken expected) {
        Path directory = parent(target);
        Path temp = null;
        try {
            temp = Files.createTempFile(directory, "." + target.getFileName() + ".", ".tmp", OWNER_ONLY);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ByteBuffer bytes = ByteBuffer.wrap(content.getBytes(StandardCharsets.ISO_8859_1));
                while (bytes.hasRemaining()) {
                    channel.write(bytes);
                }
                channel.force(true);
            }
            if (expected != null) {
                checkReadsBack(temp, expected);
            }
            rename.rename(temp, target);
            temp = null;
            syncDirectory(directory);
        } catch (AtomicMoveNotSupportedException e) {
            throw new CoprConfigException("Cannot replace " + target + " atomically (" + e.getMessage()
                    + "); it was left unchanged", e);
        } catch (IOException e) {
            throw new CoprConfigException("Cannot write " + target + ": " + e.getMessage() + "; it was left unchanged", e);
        } finally {
            deleteQuietly(temp);
        }
    }

    private void checkReadsBack(Path temp, ApiToken expected) {
        ClassicConfigFile written = ClassicConfigFile.read(temp);
        if (!expected.apiLogin().equals(written.login()) || !expected.apiToken().equals(written.token())) {
            throw new CoprConfigException("The rewritten " + path + " would not read back the renewed login and token"
                    + " (e.g. they are also set in its [DEFAULT] section); it was left unchanged");
        }
    }

    private static void syncDirectory(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException notSupported) {
            // some platforms cannot open or sync a directory; the rename itself is still atomic
        }
    }

    private static void deleteQuietly(@Nullable Path temp) {
        if (temp == null) {
            return;
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // a leftover hidden temporary file does no harm
        }
    }

    @Override
    public String toString() {
        return "ClassicConfigFileTokenStore[" + path + "]";
    }
}
