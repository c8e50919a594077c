package vn.dvc.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretFilesTest {

    @Test
    void aSecretFileIsOwnerOnlyAndReplacedWhole(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("run/dev-keys.properties");
        SecretFiles.write(file, "ops=first");
        SecretFiles.write(file, "ops=second");
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("ops=second");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        try (var left = Files.list(file.getParent())) {
            assertThat(left).containsExactly(file);
        }
    }
}
