package vn.dvc.launcher;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A process that outlives the launcher: started in its own session, output to a log file, its pid in a file. The
 * pid is trusted only while the live process's command line still contains {@code marker} (a path inside the run
 * folder), so a recycled pid is never mistaken for ours and never killed.
 */
public final class DaemonProcess {

    private static final Duration GRACEFUL_STOP = Duration.ofSeconds(45);
    private static final Duration EXEC_TIMEOUT = Duration.ofSeconds(10);
    private static final String SETSID = "/usr/bin/setsid";

    private final String name;
    private final Path pidFile;
    private final Path logFile;
    private final String marker;

    public DaemonProcess(String name, Path pidFile, Path logFile, String marker) {
        this.name = name;
        this.pidFile = pidFile;
        this.logFile = logFile;
        this.marker = marker;
    }

    public String name() {
        return name;
    }

    public Path logFile() {
        return logFile;
    }

    /** The live process this pid file names, if it is still ours. */
    public Optional<ProcessHandle> running() {
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        try {
            long pid = Long.parseLong(Files.readString(pidFile).trim());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(this::isOurs);
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private boolean isOurs(ProcessHandle handle) {
        return commandLineOf(handle).contains(marker);
    }

    /**
     * Read from /proc where there is one: the JDK's {@code ProcessHandle.Info} leaves the arguments out when
     * argv[0] is a symlink (as {@code bin/java} often is).
     */
    private static String commandLineOf(ProcessHandle handle) {
        Path proc = Path.of("/proc", Long.toString(handle.pid()), "cmdline");
        try {
            if (Files.isReadable(proc)) {
                return new String(Files.readAllBytes(proc), StandardCharsets.UTF_8).replace('\0', ' ');
            }
        } catch (IOException e) {
            return "";
        }
        return handle.info().commandLine().orElse("");
    }

    /** Starts the command detached from the launcher; its output goes to the log file. */
    public ProcessHandle start(List<String> command, Map<String, String> environment, Path workingDirectory) {
        try {
            Files.createDirectories(logFile.getParent());
            Files.createDirectories(pidFile.getParent());
            ProcessBuilder builder = new ProcessBuilder(detached(command))
                    .directory(workingDirectory.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
            builder.environment().putAll(environment);
            Process process = builder.start();
            Files.writeString(pidFile, Long.toString(process.pid()), StandardCharsets.UTF_8);
            awaitExec(process.toHandle());
            return process.toHandle();
        } catch (IOException e) {
            throw new LauncherException("Could not start " + name + ": " + e.getMessage() + " (log: " + logFile + ")", e);
        }
    }

    /**
     * The JDK starts a child through a helper that only then executes the command, and setsid executes the program
     * in turn: until both have, the child's command line is not the program's and the daemon would look gone.
     */
    private void awaitExec(ProcessHandle handle) {
        long deadline = System.nanoTime() + EXEC_TIMEOUT.toNanos();
        while (handle.isAlive() && !(isOurs(handle) && !commandLineOf(handle).startsWith(SETSID))
                && System.nanoTime() < deadline) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** A new session, so that a Ctrl-C in the launching terminal does not reach the daemon. */
    private static List<String> detached(List<String> command) {
        List<String> full = new ArrayList<>();
        if (new File(SETSID).canExecute()) {
            full.add(SETSID);
        }
        full.addAll(command);
        return full;
    }

    /** Stops the process (SIGTERM, then SIGKILL after a grace period) and waits until it is gone. */
    public boolean stop() {
        Optional<ProcessHandle> process = running();
        process.ifPresent(DaemonProcess::terminate);
        deletePidFile();
        return process.isPresent();
    }

    private static void terminate(ProcessHandle handle) {
        handle.destroy();
        try {
            handle.onExit().get(GRACEFUL_STOP.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception notStoppedInTime) {
            handle.descendants().forEach(ProcessHandle::destroyForcibly);
            handle.destroyForcibly();
            handle.onExit().join();
        }
    }

    private void deletePidFile() {
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException e) {
            throw new LauncherException("Could not delete " + pidFile + ": " + e.getMessage(), e);
        }
    }

    /** The last lines of the log, to show with a failure. */
    public String logTail(int lines) {
        try {
            List<String> all = Files.readAllLines(logFile, StandardCharsets.UTF_8);
            return String.join(System.lineSeparator(), all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log at " + logFile + ")";
        }
    }
}
