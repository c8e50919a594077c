package vn.dvc.dossier.imports;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Files of the imports folder, readable by this service's user alone from their first byte: an office's export holds
 * columns of personal data the suite never reads, and nobody else on the host should read them either.
 */
final class OwnerOnlyFiles {

    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private OwnerOnlyFiles() {
    }

    /** The folder, created owner-only (rwx------) when missing. */
    static Path folder(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            Files.createDirectories(directory, attributes("rwx------"));
        }
        return directory;
    }

    /** A new empty file, owner-only (rw-------). */
    static Path create(Path file) throws IOException {
        return Files.createFile(file, attributes("rw-------"));
    }

    /** A scratch file, owner-only, open for reading and writing and deleted when closed. */
    static FileChannel scratch(Path directory, String prefix) throws IOException {
        Path file = Files.createTempFile(folder(directory), prefix, ".tmp", attributes("rw-------"));
        return FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE, StandardOpenOption.DELETE_ON_CLOSE);
    }

    private static FileAttribute<?>[] attributes(String permissions) {
        return POSIX ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions))}
                : new FileAttribute<?>[0];
    }
}
