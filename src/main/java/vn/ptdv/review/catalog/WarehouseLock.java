package vn.ptdv.review.catalog;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import vn.ptdv.review.config.ConfigKeys;
import vn.ptdv.review.config.ReviewConfig;
import vn.ptdv.review.util.Progress;

/**
 * One command at a time on a local warehouse: the embedded metastore admits one process, and two
 * writers of the same tables would conflict. A second command waits up to review.lock.wait-seconds for
 * the first, then fails with a message naming the holder. The operating system releases the lock when
 * its process ends, even by kill -9. A warehouse on shared storage (hdfs://, s3a://) with an external
 * metastore takes no lock: Delta's optimistic concurrency detects conflicting writes there.
 */
public final class WarehouseLock implements AutoCloseable {
    public static final String FILE = ".review.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private WarehouseLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Thrown when the warehouse stayed busy for the whole wait. */
    public static final class WarehouseBusyException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        WarehouseBusyException(String message) {
            super(message);
        }
    }

    public static WarehouseLock acquire(ReviewConfig config, String command) {
        if (!config.isLocalWarehouse()) {
            return new WarehouseLock(null, null);
        }
        Path dir = Path.of(config.warehouse().replaceFirst("^file:", ""));
        Path file = dir.resolve(FILE);
        try {
            Files.createDirectories(dir);
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            long deadline = System.nanoTime() + config.lockWaitSeconds() * 1_000_000_000L;
            boolean told = false;
            while (true) {
                FileLock lock = channel.tryLock();
                if (lock != null) {
                    channel.truncate(0);
                    channel.write(ByteBuffer.wrap(("pid " + ProcessHandle.current().pid() + ", jobs/review " + command
                            + ", since " + Instant.now() + "\n").getBytes(StandardCharsets.UTF_8)), 0);
                    return new WarehouseLock(channel, lock);
                }
                String holder = Files.readString(file, StandardCharsets.UTF_8).strip();
                if (System.nanoTime() >= deadline) {
                    channel.close();
                    throw new WarehouseBusyException("the warehouse " + dir + " is in use by another command (" + holder
                            + "); waited " + config.lockWaitSeconds() + " s. Run again when it has finished, or raise "
                            + ConfigKeys.LOCK_WAIT_SECONDS + ".");
                }
                if (!told) {
                    Progress.say("the warehouse is in use by another command (%s); waiting up to %d s", holder, config.lockWaitSeconds());
                    told = true;
                }
                Thread.sleep(500);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot lock the warehouse " + dir + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the warehouse " + dir, e);
        }
    }

    @Override
    public void close() {
        try {
            if (lock != null) lock.release();
            if (channel != null) channel.close();
        } catch (IOException e) {
            Progress.say("could not release the warehouse lock: %s", e.getMessage());
        }
    }
}
