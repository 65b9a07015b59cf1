package vn.ptdv.review.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.hadoop.fs.permission.FsPermission;

/**
 * Hadoop's local file system ({@code file:}) without a process per permission change. Without Hadoop's
 * native library (not shipped with Spark's jars), every file or directory Spark and Delta create on a local
 * warehouse is followed by a {@code chmod} child process: about 250 per ingest of the sample, seconds of
 * the run on a small machine. Here permissions are set through java.nio instead (same bits; the sticky
 * bit, which java.nio cannot set, still goes through Hadoop's own way). Installed as {@code fs.file.impl}
 * by {@link Sessions#localWarehouseSettings}.
 */
public final class LocalFileSystemWithoutForks extends LocalFileSystem {
    public LocalFileSystemWithoutForks() {
        super(new Raw());
    }

    /** The raw (checksum-free) layer, where permissions are set. */
    static final class Raw extends RawLocalFileSystem {
        @Override
        public void setPermission(Path p, FsPermission permission) throws IOException {
            if (permission.getStickyBit()) {
                super.setPermission(p, permission);
                return;
            }
            try {
                Files.setPosixFilePermissions(pathToFile(p).toPath(), PosixFilePermissions.fromString(rwx(permission)));
            } catch (UnsupportedOperationException e) {
                super.setPermission(p, permission); // not a POSIX file system
            }
        }
    }

    /** e.g. rwxr-x--- for 750. */
    static String rwx(FsPermission permission) {
        return permission.getUserAction().SYMBOL + permission.getGroupAction().SYMBOL + permission.getOtherAction().SYMBOL;
    }
}
