package vn.dvc.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunFolderTest {

    @Test
    void aResetAsksFirstAndKeepsTheDevModeMaven(@TempDir Path dir) throws Exception {
        Path run = dir.resolve(".run");
        Files.createDirectories(run.resolve("mariadb/data/mysql"));
        Files.createDirectories(run.resolve("tools/apache-maven-3.9.16"));
        Files.writeString(run.resolve("dev-keys.properties"), "ops=x");
        ByteArrayOutputStream said = new ByteArrayOutputStream();

        boolean deleted = RunFolder.reset(run, false, input("no\n"), new PrintStream(said, true, StandardCharsets.UTF_8));
        assertThat(deleted).isFalse();
        assertThat(run.resolve("mariadb/data/mysql")).exists();
        assertThat(said.toString(StandardCharsets.UTF_8)).contains("Type yes to go on", "Nothing deleted");

        assertThat(RunFolder.reset(run, false, input("yes\n"), new PrintStream(said, true, StandardCharsets.UTF_8))).isTrue();
        try (var left = Files.list(run)) {
            assertThat(left).containsExactly(run.resolve("tools"));
        }
        assertThat(run.resolve("tools/apache-maven-3.9.16")).exists();
    }

    @Test
    void aDiskWithRoomPassesTheCheck(@TempDir Path dir) {
        RunFolder.requireFreeDisk(dir.resolve("not/yet/made"));
    }

    private static ByteArrayInputStream input(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
