package dev.copr.client.config;

import dev.copr.client.exception.CoprConfigException;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * An exclusive lock that one thread of all processes holds at a time: {@link FileChannel#lock()} on
 * a lock file, which other processes wait for, and an in-process lock per file, because a second
 * lock on the same file within one JVM is refused ({@link OverlappingFileLockException}) instead of
 * waited for. The lock file is created owner-only when missing, is never followed when it is a
 * symbolic link, and is kept: deleting it would let one process lock a file that the next one no
 * longer finds and recreates.
 */
final class LockFile {

    private static final ConcurrentMap<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();
    private static final Set<OpenOption> CREATE_OR_OPEN = Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE,
            LinkOption.NOFOLLOW_LINKS);

    private LockFile() {
    }

    /**
     * Runs {@code action} while holding the lock, waiting for it first.
     * @param lockFile an absolute, link-resolved path, so that every holder names the file alike
     * @throws CoprConfigException naming the lock file when it cannot be created or locked; nothing ran then
     */
    static <T> T holding(Path lockFile, Supplier<T> action) {
        ReentrantLock inProcess = IN_PROCESS.computeIfAbsent(lockFile, file -> new ReentrantLock());
        inProcess.lock();
        try {
            FileChannel channel = openAndLock(lockFile);
            try {
                return action.get();
            } finally {
                release(channel);
            }
        } finally {
            inProcess.unlock();
        }
    }

    private static FileChannel openAndLock(Path lockFile) {
        FileChannel channel;
        try {
            channel = FileChannel.open(lockFile, CREATE_OR_OPEN, ClassicConfigFileTokenStore.OWNER_ONLY);
        } catch (IOException e) {
            throw new CoprConfigException("Cannot create or open the lock file " + lockFile + ", which keeps"
                    + " processes from renewing the same token at once (" + e + "): make its directory writable,"
                    + " or remove it if it is a symbolic link or belongs to another user", e);
        }
        try {
            channel.lock();
            return channel;
        } catch (IOException e) {
            release(channel);
            throw new CoprConfigException("Cannot lock " + lockFile + ": " + e, e);
        }
    }

    private static void release(FileChannel channel) {
        try {
            channel.close(); // releases the lock
        } catch (IOException ignored) {
            // the lock goes with the channel anyway; at the latest, the system releases it when the process ends
        }
    }
}
