package vn.dvc.bench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import jdk.jfr.Recording;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real recording of this JVM, summarised: the method that burnt the CPU is named, as the suite's own code. */
class JfrProfilesTest {

    @TempDir
    Path folder;

    @Test
    @SuppressWarnings("unchecked")
    void namesTheSuitesOwnMethodThatSpentTheSamples() throws Exception {
        Path file = folder.resolve("this.jfr");
        try (Recording recording = new Recording()) {
            recording.enable("jdk.ExecutionSample").withPeriod(Duration.ofMillis(10));
            recording.start();
            long sum = burn();
            assertThat(sum).isNotZero();
            recording.stop();
            recording.dump(file);
        }
        Map<String, Object> summary = JfrProfiles.summarise(file);
        assertThat((Long) summary.get("cpuSamples")).isPositive();
        List<Map<String, Object>> own = (List<Map<String, Object>>) summary.get("topOwnCode");
        assertThat(own).isNotEmpty();
        assertThat(own.get(0).get("method")).isEqualTo(JfrProfilesTest.class.getName() + ".burn");
        assertThat((Double) own.get(0).get("percent")).isGreaterThan(50.0);
    }

    @Test
    void asksOnlyJavaProcessesNeverAProcessThatIsNotAJvm() throws Exception {
        assertThat(JfrProfiles.isJava(ProcessHandle.current().pid())).isTrue();
        Process sleeper = new ProcessBuilder("sleep", "30").start();
        try {
            assertThat(JfrProfiles.isJava(sleeper.pid())).isFalse();
        } finally {
            sleeper.destroy();
        }
        assertThat(JfrProfiles.isJava(Long.MAX_VALUE)).isFalse();
    }

    /** About half a second of arithmetic, whatever the machine: until enough of it has run. */
    private static long burn() {
        long sum = 0;
        long end = System.nanoTime() + 500_000_000L;
        while (System.nanoTime() < end) {
            for (int i = 0; i < 100_000; i++) {
                sum += (long) i * i % 7;
            }
        }
        return sum;
    }
}
