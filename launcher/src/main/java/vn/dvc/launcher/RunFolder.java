package vn.dvc.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Scanner;

/** The run folder's disk and its deletion ({@code ./suite reset}). */
final class RunFolder {

    /** What the database, the broker and the logs need to start and take a first load. */
    static final long MIN_FREE_BYTES = 1L << 30;
    /** Kept by a reset: Maven 3.9, fetched once for {@code ./suite dev}. */
    private static final String TOOLS = "tools";

    private RunFolder() {
    }

    static void requireFreeDisk(Path runDir) {
        try {
            Path existing = runDir;
            while (!Files.exists(existing)) {
                existing = existing.toAbsolutePath().getParent();
            }
            long free = Files.getFileStore(existing).getUsableSpace();
            if (free < MIN_FREE_BYTES) {
                throw new LauncherException("Only " + free / (1 << 20) + " MB are free on the disk of " + runDir
                        + "; MariaDB and Kafka need at least " + MIN_FREE_BYTES / (1 << 20) + " MB. Free some space "
                        + "(./suite reset deletes the suite's own data)");
            }
        } catch (IOException e) {
            throw new LauncherException("Could not tell how much disk is free for " + runDir + ": " + e.getMessage(), e);
        }
    }

    /**
     * Deletes the run folder's data (databases, topics, keys, logs), Maven's download for dev mode excepted, once the
     * user has typed {@code yes} — or at once with {@code confirmed}. Answers whether it deleted.
     */
    static boolean reset(Path runDir, boolean confirmed, InputStream in, PrintStream out) {
        if (!Files.isDirectory(runDir)) {
            out.println("Nothing to reset: " + runDir + " does not exist");
            return false;
        }
        if (!confirmed) {
            out.print("This deletes everything the suite keeps in " + runDir + " — its databases, topics, API keys and "
                    + "logs. Type yes to go on: ");
            out.flush();
            Scanner answer = new Scanner(in, StandardCharsets.UTF_8);
            if (!answer.hasNextLine() || !answer.nextLine().trim().equalsIgnoreCase("yes")) {
                out.println("Nothing deleted.");
                return false;
            }
        }
        try (var entries = Files.list(runDir)) {
            for (Path entry : entries.filter(entry -> !entry.getFileName().toString().equals(TOOLS)).toList()) {
                deleteTree(entry);
            }
        } catch (IOException e) {
            throw new LauncherException("Could not delete " + runDir + ": " + e.getMessage(), e);
        }
        out.println("Deleted the suite's data in " + runDir + ". ./suite up starts afresh.");
        return true;
    }

    /** Deletes a file or a folder with everything in it; nothing when it does not exist. */
    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        if (!Files.isDirectory(root)) {
            Files.delete(root);
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException failure) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
