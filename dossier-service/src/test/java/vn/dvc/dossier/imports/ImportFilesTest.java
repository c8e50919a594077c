package vn.dvc.dossier.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dvc.problem.ProblemException;

class ImportFilesTest {

    @TempDir
    Path folder;

    private static ByteArrayInputStream body(int bytes) {
        return new ByteArrayInputStream(new byte[bytes]);
    }

    private static int statusOf(ThrowingCall call) {
        try {
            call.run();
            return 0;
        } catch (ProblemException refused) {
            return refused.problem().status();
        }
    }

    @FunctionalInterface
    private interface ThrowingCall {
        void run();
    }

    private long filesIn(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.count();
        }
    }

    @Test
    void aFileIsOwnerOnlyFromItsFirstByteInAnOwnerOnlyFolder() throws IOException {
        Path imports = folder.resolve("imports");
        ImportFiles files = new ImportFiles(imports, 1 << 20, 0, 1 << 20);
        ImportFiles.Saved saved = files.save("a", body(1000), 0);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(saved.file()))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(imports))).isEqualTo("rwx------");
        files.delete("a");
        assertThat(filesIn(imports)).isZero();
    }

    @Test
    void refusalsKeepNothing() throws IOException {
        Path imports = folder.resolve("imports");
        assertThat(statusOf(() -> new ImportFiles(imports, 1000, 0, 1 << 20).save("big", body(1001), 0))).isEqualTo(413);
        assertThat(statusOf(() -> new ImportFiles(imports, 1 << 20, 0, 5000).save("quota", body(3000), 2500)))
                .as("the key's imports in progress and this one pass its quota").isEqualTo(429);
        assertThat(statusOf(() -> new ImportFiles(imports, 1 << 20, 0, 5000).save("full", body(10), 5000))).isEqualTo(429);
        assertThat(statusOf(() -> new ImportFiles(imports, 1 << 20, Long.MAX_VALUE, 1 << 20).save("disk", body(10), 0)))
                .as("below the disk's floor").isEqualTo(507);
        assertThat(filesIn(imports)).isZero();
        assertThatThrownBy(() -> new ImportFiles(imports, 1 << 20, Long.MAX_VALUE, 1 << 20).save("disk", body(10), 0))
                .isInstanceOf(ProblemException.class).hasMessageContaining("free");
    }
}
