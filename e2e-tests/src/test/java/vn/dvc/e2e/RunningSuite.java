package vn.dvc.e2e;

import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import vn.dvc.launcher.LauncherSettings;
import vn.dvc.launcher.Suite;
import vn.dvc.launcher.SuiteService;

/**
 * The five packaged services, started once for all end-to-end tests through the launcher: on the suite's ports plus
 * 10000 (so a running suite is left alone), in the test profile (test databases and consumer groups), against the
 * MariaDB and Kafka that {@code ./suite test} started. Stopped when the test JVM exits.
 */
final class RunningSuite {

    private static final int PORT_OFFSET = 10_000;
    private static Suite suite;

    private RunningSuite() {
    }

    static synchronized Suite get() {
        if (suite == null) {
            Path root = LauncherSettings.findProjectRoot(Path.of(System.getProperty("suite.root", "..")));
            LauncherSettings settings = LauncherSettings.fromEnvironment(root)
                    .withRunDir(root.resolve(".run/e2e"))
                    .withPortOffset(PORT_OFFSET);
            Suite started = new Suite(settings, new PrintStream(System.out, true));
            Runtime.getRuntime().addShutdownHook(new Thread(started::stopServices));
            started.startServices(Optional.of("test"));
            suite = started;
        }
        return suite;
    }

    static URI gateway() {
        return get().gatewayUri();
    }

    static URI service(SuiteService service) {
        return get().baseUri(service);
    }
}
