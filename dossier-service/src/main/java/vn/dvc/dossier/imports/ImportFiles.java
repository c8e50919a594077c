package vn.dvc.dossier.imports;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.dvc.commons.problem.Problem;
import vn.dvc.commons.problem.ProblemException;

/**
 * The imported files, kept on this service's disk until their import is done: an interrupted import reads on from
 * its file. Configuration: {@code dossier.imports.dir}, {@code dossier.imports.max-file-size}.
 */
@ApplicationScoped
public class ImportFiles {

    private final Path directory;
    private final long maxSize;

    public ImportFiles(@ConfigProperty(name = "dossier.imports.dir") Path directory,
                       @ConfigProperty(name = "dossier.imports.max-file-size") long maxSize) {
        this.directory = directory;
        this.maxSize = maxSize;
    }

    /** A body saved as it streams in, never whole in memory; over the size limit → 413, and nothing kept. */
    public Saved save(String id, InputStream body) {
        try {
            Files.createDirectories(directory);
            Path part = directory.resolve(id + ".part");
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            long size = 0;
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(part), sha256)) {
                byte[] buffer = new byte[1 << 16];
                int read;
                while ((read = body.read(buffer)) >= 0) {
                    size += read;
                    if (size > maxSize) {
                        throw new ProblemException(Problem.of(413, "Payload too large",
                                "The file is over " + maxSize + " bytes", null));
                    }
                    out.write(buffer, 0, read);
                }
            } catch (RuntimeException | IOException refused) {
                Files.deleteIfExists(part);
                throw refused;
            }
            Path file = pathOf(id);
            Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return new Saved(file, size, HexFormat.of().formatHex(sha256.digest()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public Path pathOf(String id) {
        return directory.resolve(id + ".import");
    }

    public void delete(String id) {
        try {
            Files.deleteIfExists(pathOf(id));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file saved: where, its size and its SHA-256. */
    public record Saved(Path file, long size, String sha256) {
    }
}
