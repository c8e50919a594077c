package vn.dvc.bench.driver;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * CPU and memory of every process of the suite (and of the benchmark itself), read from {@code /proc} once a second:
 * CPU time between two marks, and the largest resident set seen since the first. Linux only, as the launcher.
 */
public final class ProcessSampler {

    private static final double TICKS_PER_SECOND = 100.0;

    private final Map<String, Long> pids;
    private final Map<String, Long> maxRssKb = new LinkedHashMap<>();
    private volatile boolean running;
    private Thread sampler;

    public ProcessSampler(Map<String, Long> pidsByName) {
        this.pids = new LinkedHashMap<>(pidsByName);
        this.pids.put("bench (load driver)", ProcessHandle.current().pid());
    }

    /** CPU seconds used so far by each process, and the whole machine's busy and total CPU seconds. */
    public record Mark(long nanos, Map<String, Double> cpuSeconds, double machineBusySeconds, double machineSeconds) {
    }

    /** What happened between two marks: per process CPU seconds and share of one core, and the largest RSS. */
    public record Usage(double seconds, Map<String, Double> cpuSeconds, Map<String, Double> coresUsed,
                        Map<String, Long> maxRssMb, double machineBusyShare) {
    }

    public void start() {
        running = true;
        sampler = new Thread(() -> {
            while (running) {
                sampleRss();
                ReferenceData.pause(Duration.ofSeconds(1));
            }
        }, "process-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    public void stop() {
        running = false;
    }

    public Mark mark() {
        sampleRss();
        Map<String, Double> cpu = new LinkedHashMap<>();
        pids.forEach((name, pid) -> cpu.put(name, cpuTicks(pid) / TICKS_PER_SECOND));
        double[] machine = machineTicks();
        return new Mark(System.nanoTime(), cpu, machine[0] / TICKS_PER_SECOND, machine[1] / TICKS_PER_SECOND);
    }

    public synchronized Usage between(Mark start, Mark end) {
        double seconds = (end.nanos() - start.nanos()) / 1e9;
        Map<String, Double> cpu = new LinkedHashMap<>();
        Map<String, Double> cores = new LinkedHashMap<>();
        Map<String, Long> rss = new LinkedHashMap<>();
        pids.keySet().forEach(name -> {
            double used = end.cpuSeconds().getOrDefault(name, 0.0) - start.cpuSeconds().getOrDefault(name, 0.0);
            cpu.put(name, used);
            cores.put(name, seconds > 0 ? used / seconds : 0);
            rss.put(name, maxRssKb.getOrDefault(name, 0L) / 1024);
        });
        double machine = end.machineSeconds() - start.machineSeconds();
        double busy = end.machineBusySeconds() - start.machineBusySeconds();
        return new Usage(seconds, cpu, cores, rss, machine > 0 ? busy / machine : 0);
    }

    private synchronized void sampleRss() {
        pids.forEach((name, pid) -> {
            long rss = rssKb(pid);
            maxRssKb.merge(name, rss, Math::max);
        });
    }

    private static long cpuTicks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            // the command name (field 2) may hold spaces: count fields after its closing parenthesis
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static long rssKb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return 0;
    }

    /** busy and total ticks of all CPUs ({@code /proc/stat}, first line). */
    private static double[] machineTicks() {
        try {
            List<String> lines = Files.readAllLines(Path.of("/proc/stat"));
            String[] fields = lines.get(0).trim().split("\\s+");
            double total = 0;
            for (int i = 1; i < fields.length && i <= 8; i++) {
                total += Double.parseDouble(fields[i]);
            }
            double idle = Double.parseDouble(fields[4]) + Double.parseDouble(fields[5]);
            return new double[] {total - idle, total};
        } catch (IOException | RuntimeException e) {
            return new double[] {0, 0};
        }
    }
}
