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
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.dvc.problem.Problem;
import vn.dvc.problem.ProblemException;
import vn.dvc.problem.Violation;

/**
 * The imported files, kept on this service's disk, owner-only from their first byte, until their import ends (done,
 * failed or cancelled): an interrupted import reads on from its file. An upload is refused before a byte is kept when
 * the disk is below its floor (507), and stops when it would pass the file limit (413) or its key's quota of bytes in
 * imports not yet ended (429). Configuration: {@code dossier.imports.dir}, {@code max-file-size},
 * {@code min-free-disk}, {@code key-quota}.
 */
@ApplicationScoped
public class ImportFiles {

    /** How often, in bytes written, free disk is looked at again during an upload. */
    private static final long DISK_CHECK_EVERY = 64L << 20;

    private final Path directory;
    private final long maxSize;
    private final long minFreeDisk;
    private final long keyQuota;

    public ImportFiles(@ConfigProperty(name = "dossier.imports.dir") Path directory,
                       @ConfigProperty(name = "dossier.imports.max-file-size") long maxSize,
                       @ConfigProperty(name = "dossier.imports.min-free-disk") long minFreeDisk,
                       @ConfigProperty(name = "dossier.imports.key-quota") long keyQuota) {
        this.directory = directory;
        this.maxSize = maxSize;
        this.minFreeDisk = minFreeDisk;
        this.keyQuota = keyQuota;
    }

    /**
     * A body saved as it streams in, never whole in memory; {@code keyBytesInProgress}: what the sender's other
     * imports not yet ended hold. On any refusal nothing is kept.
     */
    public Saved save(String id, InputStream body, long keyBytesInProgress) {
        try {
            OwnerOnlyFiles.folder(directory);
            requireFreeDisk();
            if (keyBytesInProgress >= keyQuota) {
                throw overQuota(keyBytesInProgress);
            }
            Path part = OwnerOnlyFiles.create(directory.resolve(id + ".part"));
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            long size = 0;
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(part), sha256)) {
                byte[] buffer = new byte[1 << 16];
                int read;
                while ((read = body.read(buffer)) >= 0) {
                    size += read;
                    if (size > maxSize) {
                        throw new ProblemException(problem(413, "Payload too large", "The file is over " + maxSize + " bytes"));
                    }
                    if (keyBytesInProgress + size > keyQuota) {
                        throw overQuota(keyBytesInProgress);
                    }
                    if (size / DISK_CHECK_EVERY != (size - read) / DISK_CHECK_EVERY) {
                        requireFreeDisk();
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

    /** Where a reader may spool what it must not hold in memory (a workbook's shared strings). */
    public Path workDirectory() {
        return directory;
    }

    public void delete(String id) {
        try {
            Files.deleteIfExists(pathOf(id));
            Files.deleteIfExists(directory.resolve(id + ".part"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void requireFreeDisk() throws IOException {
        long free = Files.getFileStore(directory).getUsableSpace();
        if (free < minFreeDisk) {
            throw new ProblemException(problem(507, "Insufficient storage", "The imports folder's disk has "
                    + free / (1 << 20) + " MB free, below its floor of " + minFreeDisk / (1 << 20) + " MB; try again later"));
        }
    }

    private ProblemException overQuota(long keyBytesInProgress) {
        return new ProblemException(problem(429, "Too many requests", "This key's imports not yet ended hold "
                + keyBytesInProgress / (1 << 20) + " MB; with this file they would pass the key's quota of "
                + keyQuota / (1 << 20) + " MB. Send it when one has ended"));
    }

    private static Problem problem(int status, String title, String detail) {
        return new Problem("about:blank", title, status, detail, null, List.of(new Violation("body", detail)));
    }

    /** A file saved: where, its size and its SHA-256. */
    public record Saved(Path file, long size, String sha256) {
    }
}
