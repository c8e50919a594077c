package vn.dvc.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dvc.launcher.LauncherSettings;

/**
 * README's "Try the slice" block as a user pastes it: run by bash, as one script at full speed, against the running
 * suite — no sleep, no retry — and its last answer is the figure the README promises. Only the gateway's address,
 * the key file's folder and the codes (fresh for each run) differ from the README.
 */
class ReadmeSliceScriptTest {

    private static final String FENCE = "```";

    @Test
    void theSlicePastedAsOneScriptEndsWithTheFigure(@TempDir Path folder) throws IOException, InterruptedException {
        URI gateway = RunningSuite.gateway();
        String run = UUID.randomUUID().toString().substring(0, 8);
        String script = sliceOfReadme()
                .replace("localhost:8080", gateway.getHost() + ":" + gateway.getPort())
                .replace("\"BP\"", "\"BP-" + run + "\"").replace("unit=BP&", "unit=BP-" + run + "&")
                .replace("H10.01", "H10.01-" + run).replace("1.004227", "1.004227-" + run)
                .replace("p-000123", "p-" + run).replace("H10-220601-0001", "H10-220601-" + run);
        Files.createDirectories(folder.resolve(".run"));
        Files.writeString(folder.resolve(".run/dev-keys.properties"), "ops=" + RunningSuite.key("ops") + "\n");

        Process bash = new ProcessBuilder("bash", "-e", "-c", script).directory(folder.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(bash.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(bash.exitValue()).as(out).isZero();

        String last = out.substring(out.lastIndexOf("{\"unit\""));
        JsonNode figures = new ObjectMapper().readTree(last);
        JsonNode share = null;
        for (JsonNode indicator : figures.path("indicators")) {
            if (indicator.path("code").asText().equals("ONLINE_DOSSIER_SHARE")) {
                share = indicator;
            }
        }
        assertThat(share).as(out).isNotNull();
        assertThat(share.path("numerator").asLong()).isEqualTo(1);
        assertThat(share.path("denominator").asLong()).isEqualTo(1);
        assertThat(share.path("percent").decimalValue()).isEqualByComparingTo("100.00");
    }

    private static String sliceOfReadme() throws IOException {
        Path root = LauncherSettings.findProjectRoot(Path.of(System.getProperty("suite.root", "..")));
        String readme = Files.readString(root.resolve("README.md"));
        int section = readme.indexOf("## Try the slice");
        int start = readme.indexOf(FENCE + "bash\n", section) + (FENCE + "bash\n").length();
        return readme.substring(start, readme.indexOf(FENCE, start));
    }
}
