package vn.dvc.bench.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import vn.dvc.contracts.fault.FaultPoint;
import vn.dvc.launcher.Suite;
import vn.dvc.launcher.SuiteService;

/**
 * What the cases do to the running suite: signals to its processes ({@code kill -9}, {@code SIGSTOP}/{@code SIGCONT},
 * {@code SIGTERM}), restarts through the launcher, a service restarted with a fault point armed, a second instance,
 * poison records on a topic, a loopback firewall rule between one service and the broker.
 */
final class Injector {

    static final String DATABASE = "MariaDB";
    static final String BROKER = "Kafka";

    private final Suite suite;
    private final PrintStream out;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    Injector(Suite suite, PrintStream out) {
        this.suite = suite;
        this.out = out;
    }

    Suite suite() {
        return suite;
    }

    void say(String what) {
        out.println("    " + what);
    }

    /** Starts whatever of the suite is not running (infrastructure first) and waits until it is ready. */
    void restartMissing() {
        suite.startInfrastructure();
        suite.startServices(Optional.empty());
    }

    /**
     * A case starts from a whole suite: a service an earlier case left running but not ready (its failure already
     * reported there) is started again, so that one failure does not fail every case after it.
     */
    void restartUnready() {
        suite.startInfrastructure();
        for (SuiteService service : SuiteService.startOrder()) {
            if (suite.runningProcesses().containsKey(service.module()) && readiness(service) != 200) {
                say(service.module() + " not ready at the start of the case: started again");
                suite.stopService(service);
            }
        }
        restartMissing();
    }

    long pidOf(String process) {
        Long pid = suite.runningProcesses().get(process);
        if (pid == null) {
            throw new IllegalStateException(process + " is not running");
        }
        return pid;
    }

    /** {@code kill -9}: the process dies at once, nothing flushed; answers when it is gone. */
    void kill(String process) {
        long pid = pidOf(process);
        say("kill -9 " + process + " (pid " + pid + ")");
        signal(pid, "KILL");
        awaitGone(pid, Duration.ofSeconds(30));
    }

    /** {@code SIGSTOP} for a while, then {@code SIGCONT}: a process that hangs (a GC pause, a stuck disk). */
    void pause(String process, Duration duration) {
        long pid = pidOf(process);
        say("SIGSTOP " + process + " for " + duration.toSeconds() + " s");
        signal(pid, "STOP");
        try {
            sleep(duration);
        } finally {
            signal(pid, "CONT");
            say("SIGCONT " + process);
        }
    }

    /** {@code SIGTERM} through the launcher: the service finishes what it has in flight and stops. */
    void stopGracefully(SuiteService service) {
        say("SIGTERM " + service.module());
        suite.stopService(service);
    }

    /**
     * Restarts a service with a fault point armed: the {@code after}-th time one of its threads passes the point, it
     * says so in a file and waits there for {@link #awaitFaultPoint} to kill the process.
     */
    void armFaultPoint(SuiteService service, String point, int after) {
        say(service.module() + ": restart with fault point " + point + " armed (killed at pass " + after + ")");
        suite.stopService(service);
        Path reached = reachedFileOf(service);
        try {
            Files.deleteIfExists(reached);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        suite.startService(service, Map.of(FaultPoint.STOP_AT_VARIABLE, point, FaultPoint.STOP_AFTER_VARIABLE,
                Integer.toString(after), FaultPoint.REACHED_FILE_VARIABLE, reached.toString()));
    }

    /** Waits until a service armed with a fault point waits there, then kills it ({@code kill -9}). */
    boolean awaitFaultPoint(SuiteService service, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        Path reached = reachedFileOf(service);
        while (Instant.now().isBefore(deadline)) {
            if (Files.exists(reached)) {
                say(service.module() + " reached its fault point");
                kill(service.module());
                return true;
            }
            if (!suite.runningProcesses().containsKey(service.module())) {
                say(service.module() + " ended before its fault point");
                return true;
            }
            sleep(Duration.ofMillis(50));
        }
        // Never leave an armed process behind: it would stop in the middle of whatever comes next.
        say(service.module() + " did not reach its fault point in " + timeout.toSeconds() + " s: restarted clean");
        suite.stopService(service);
        restartMissing();
        return false;
    }

    private Path reachedFileOf(SuiteService service) {
        return suite.settings().runDir().resolve(service.module() + ".fault-reached");
    }

    /** Readiness of a service straight from its own port (200 ready, 503 not, 0 no answer). */
    int readiness(SuiteService service) {
        return readiness(suite.baseUri(service));
    }

    /** The readiness of the service's second instance (0 when it does not answer). */
    int secondReadiness(SuiteService service) {
        return readiness(URI.create("http://127.0.0.1:" + suite.settings().secondPortOf(service)));
    }

    /** The body of an instance's {@code /q/metrics}; empty when it does not answer. */
    String metrics(int port) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/metrics"))
                    .timeout(Duration.ofSeconds(5)).GET().build();
            HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
            return answer.statusCode() == 200 ? answer.body() : "";
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    /** Starts the services' second instances (those not running) side by side and waits until each is ready. */
    void startSecondInstances(List<SuiteService> services, Duration timeout) {
        services.forEach(suite::startSecondInstance);
        Instant deadline = Instant.now().plus(timeout);
        for (SuiteService service : services) {
            while (secondReadiness(service) != 200) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("the second " + service.module() + " not ready within " + timeout.toSeconds() + " s");
                }
                sleep(Duration.ofMillis(500));
            }
        }
    }

    /** {@code kill -9} of the service's second instance; answers when it is gone. */
    void killSecondInstance(SuiteService service) {
        long pid = suite.secondInstance(service).running().orElseThrow(() -> new IllegalStateException(
                "the second " + service.module() + " is not running")).pid();
        say("kill -9 " + service.module() + "-2 (pid " + pid + ")");
        signal(pid, "KILL");
        awaitGone(pid, Duration.ofSeconds(30));
    }

    private int readiness(URI base) {
        try {
            HttpRequest request = HttpRequest.newBuilder(base.resolve("/q/health/ready"))
                    .timeout(Duration.ofSeconds(3)).GET().build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    /** Records that no consumer can read, on a topic, each carrying the marker. */
    void poison(String topic, String marker, int count) {
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, suite.settings().kafka().toString());
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(properties, new StringSerializer(), new StringSerializer())) {
            for (int i = 0; i < count; i++) {
                String value = i % 2 == 0 ? "{not json at all " + marker + "-" + i : "{\"marker\":\"" + marker + "-" + i + "\"}";
                producer.send(new ProducerRecord<>(topic, marker + "-" + i, value)).get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("Could not put poison records on " + topic + ": " + e.getMessage(), e);
        }
        say(count + " poison records on " + topic);
    }

    void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    /** Runs a command of this machine's (kill, iptables); answers its exit status and output. */
    static CommandResult run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            return new CommandResult(process.waitFor(), output);
        } catch (IOException e) {
            return new CommandResult(-1, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new CommandResult(-1, "interrupted");
        }
    }

    record CommandResult(int status, String output) {
        boolean ok() {
            return status == 0;
        }
    }

    private static void signal(long pid, String signal) {
        CommandResult result = run(List.of("kill", "-" + signal, Long.toString(pid)));
        if (!result.ok()) {
            throw new IllegalStateException("kill -" + signal + " " + pid + " failed: " + result.output());
        }
    }

    private void awaitGone(long pid, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false) && Instant.now().isBefore(deadline)) {
            sleep(Duration.ofMillis(50));
        }
    }

    URI gatewayUri() {
        return suite.gatewayUri();
    }
}
