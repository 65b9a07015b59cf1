package vn.ptdv.review.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.permission.FsPermission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalFileSystemWithoutForksTest {
    @TempDir
    java.nio.file.Path dir;

    @Test
    void setsTheSamePermissionBitsAsChmodWouldWithoutAProcess() throws Exception {
        java.nio.file.Path file = Files.writeString(dir.resolve("part-0.parquet"), "x");
        try (LocalFileSystemWithoutForks fs = new LocalFileSystemWithoutForks()) {
            fs.initialize(java.net.URI.create("file:///"), new Configuration());
            // 0750 = rwx for the owner, r-x for the group, nothing for others.
            fs.setPermission(new Path(file.toUri()), new FsPermission((short) 0750));
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rwxr-x---");
    }

    @Test
    void permissionTextIsOwnerGroupOthers() {
        // 0644: rw- r-- r--.
        assertThat(LocalFileSystemWithoutForks.rwx(new FsPermission((short) 0644))).isEqualTo("rw-r--r--");
    }
}
