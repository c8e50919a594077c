package vn.dvc.bench.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Java Flight Recordings of the suite's JVMs over one phase, started and stopped with {@code jcmd} (the processes run
 * as they are, nothing restarted), and what they show: where each process spent its CPU samples — the methods on top
 * of the stack, and the suite's own methods that led there.
 */
public final class JfrProfiles {

    private static final String RECORDING = "bench";
    private static final int LISTED = 12;
    private static final String OWN_CODE = "vn.dvc.";

    private final Map<String, Long> jvms;
    private final Path folder;

    private JfrProfiles(Map<String, Long> jvms, Path folder) {
        this.jvms = jvms;
        this.folder = folder;
    }

    /** Starts a recording in each Java process with the profiling settings (10 ms samples). */
    public static JfrProfiles start(Map<String, Long> processes, Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot make " + folder + ": " + e.getMessage(), e);
        }
        Map<String, Long> jvms = new LinkedHashMap<>();
        processes.forEach((name, pid) -> {
            if (isJava(pid) && jcmd(pid, "JFR.start", "name=" + RECORDING, "settings=profile",
                    "filename=" + folder.resolve(fileName(name)))) {
                jvms.put(name, pid);
            }
        });
        return new JfrProfiles(jvms, folder);
    }

    /** Stops the recordings (each writes its file) and summarises them, by process. */
    public Map<String, Object> stopAndSummarise() {
        Map<String, Object> summary = new LinkedHashMap<>();
        jvms.forEach((name, pid) -> {
            Path file = folder.resolve(fileName(name));
            if (jcmd(pid, "JFR.stop", "name=" + RECORDING) && Files.exists(file)) {
                summary.put(name, summarise(file));
            }
        });
        return summary;
    }

    /** Top methods by CPU samples, self (top frame) and the suite's own code (first {@code vn.dvc} frame). */
    static Map<String, Object> summarise(Path recording) {
        Map<String, Long> self = new HashMap<>();
        Map<String, Long> own = new HashMap<>();
        long samples = 0;
        try (RecordingFile file = new RecordingFile(recording)) {
            while (file.hasMoreEvents()) {
                RecordedEvent event = file.readEvent();
                if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
                    continue;
                }
                RecordedStackTrace stack = event.getStackTrace();
                if (stack.getFrames().isEmpty()) {
                    continue;
                }
                samples++;
                self.merge(methodOf(stack.getFrames().get(0)), 1L, Long::sum);
                stack.getFrames().stream().map(JfrProfiles::methodOf).filter(method -> method.startsWith(OWN_CODE))
                        .findFirst().ifPresent(method -> own.merge(method, 1L, Long::sum));
            }
        } catch (IOException e) {
            return Map.of("error", "unreadable recording " + recording.getFileName() + ": " + e.getMessage());
        }
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("recording", recording.toString());
        summary.put("cpuSamples", samples);
        summary.put("topSelf", top(self, samples));
        summary.put("topOwnCode", top(own, samples));
        return summary;
    }

    private static List<Map<String, Object>> top(Map<String, Long> counts, long samples) {
        List<Map<String, Object>> rows = new ArrayList<>();
        counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(LISTED)
                .forEach(entry -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("method", entry.getKey());
                    row.put("samples", entry.getValue());
                    row.put("percent", samples == 0 ? 0 : Math.round(1000.0 * entry.getValue() / samples) / 10.0);
                    rows.add(row);
                });
        return rows;
    }

    private static String methodOf(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }

    private static String fileName(String process) {
        return process.replaceAll("[^A-Za-z0-9-]", "_") + ".jfr";
    }

    /** Only a JVM may be asked: jcmd attaches with SIGQUIT, which MariaDB takes as an order to shut down. */
    static boolean isJava(long pid) {
        return ProcessHandle.of(pid).flatMap(process -> process.info().command())
                .map(command -> Path.of(command).getFileName().toString().equals("java"))
                .orElse(false);
    }

    private static boolean jcmd(long pid, String... command) {
        List<String> line = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(pid)));
        line.addAll(List.of(command));
        try {
            Process process = new ProcessBuilder(line).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
