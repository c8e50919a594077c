package vn.dvc.dossier.imports;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.dvc.access.identity.Caller;
import vn.dvc.commons.identity.Callers;
import vn.dvc.dossier.imports.ImportKind;
import vn.dvc.dossier.imports.RowReader;
import vn.dvc.dossier.repository.ImportStore;
import vn.dvc.problem.ProblemException;
import vn.dvc.problem.Violation;

/**
 * An import begun: the kind checked, the file saved as it streams in, its header row read at once — a file of no
 * kind, or lacking a required column, is refused before a single row is taken and nothing of it is kept — then
 * queued for {@link ImportRunner}; and ended early when its sender or ops cancels it.
 */
@ApplicationScoped
public class Imports {

    private static final int MAX_NAME = 200;

    private final ImportFiles files;
    private final ImportStore store;
    private final ImportRunner runner;
    private final Callers callers;

    public Imports(ImportFiles files, ImportStore store, ImportRunner runner, Callers callers) {
        this.files = files;
        this.store = store;
        this.runner = runner;
        this.callers = callers;
    }

    public ImportProgress start(String kindName, String fileName, InputStream body) {
        Optional<ImportKind> named = kindName == null || kindName.isBlank() ? Optional.empty() : Optional.of(ImportKind.named(kindName)
                .filter(runner::imports).orElseThrow(() -> ProblemException.badRequest("kind", "must be one of "
                        + String.join(", ", ImportKind.ALL.stream().filter(runner::imports).map(ImportKind::name).toList()))));
        Caller sender = callers.current();
        String id = UUID.randomUUID().toString();
        ImportFiles.Saved saved = files.save(id, body, store.bytesInProgress(senderOf(sender)));
        try {
            ImportFormat format = ImportFormat.of(saved.file());
            List<String> header = headerOf(saved.file(), format);
            ImportKind kind = named.orElseGet(() -> RowReader.kindOf(header).filter(runner::imports).orElseThrow(() ->
                    ProblemException.unprocessable("kind", "the headers (" + shown(header)
                            + ") are not those of one kind of file; say which with kind=")));
            requireColumns(kind, header);
            store.create(id, kind.name(), format, nameOf(fileName, format), saved.sha256(), saved.size(), sender);
        } catch (RuntimeException refused) {
            files.delete(id);
            throw refused;
        }
        runner.submit(id);
        return store.find(id).orElseThrow();
    }

    /** Cancels an import not yet ended and removes its file; an ended one is a conflict. */
    public ImportProgress cancel(ImportProgress progress) {
        if (!store.cancel(progress.id())) {
            throw new ProblemException(vn.dvc.problem.Problem.conflict(List.of(new Violation("id",
                    "the import has already ended (" + store.find(progress.id()).orElse(progress).status() + ")"))));
        }
        files.delete(progress.id());
        return store.find(progress.id()).orElseThrow();
    }

    /** Whom an import belongs to: its key; the sender may read its rejections and cancel it. */
    public static String senderOf(Caller caller) {
        return Optional.ofNullable(caller.keyId()).orElse("unknown");
    }

    private List<String> headerOf(Path file, ImportFormat format) {
        List<String> header = new ArrayList<>();
        String[] refusal = {null};
        try {
            format.requireReadable(file);
            if (format == ImportFormat.XLSX) {
                requireOneSheet(XlsxRows.sheetNames(file));
            }
            SheetRows.of(format, runner.limits(), files.workDirectory()).read(file, new SheetRows.RowHandler() {
                @Override
                public boolean row(long number, List<String> cells) {
                    header.addAll(cells);
                    return false;
                }

                @Override
                public boolean refused(long number, String reason) {
                    refusal[0] = "dòng " + number + ": " + reason;
                    return false;
                }
            });
        } catch (IOException unreadable) {
            throw ProblemException.unprocessable("body", "is not a readable " + format + " file: " + unreadable.getMessage());
        }
        if (refusal[0] != null) {
            throw ProblemException.unprocessable("body", "its header row cannot be read (" + refusal[0] + ")");
        }
        if (header.isEmpty()) {
            throw ProblemException.unprocessable("body", "has no rows: the first row must name the columns");
        }
        return header;
    }

    /** A sheet holds 1,048,576 rows at most, so a year may come in several: each read as its own file, none left out. */
    private static void requireOneSheet(List<String> sheets) {
        if (sheets.size() > 1) {
            throw ProblemException.unprocessable("body", "has " + sheets.size() + " sheets (" + String.join(", ", sheets)
                    + "): an import reads one; save each sheet as a file of its own and import each");
        }
    }

    private static void requireColumns(ImportKind kind, List<String> header) {
        List<String> missing = RowReader.of(kind, header).missingFields();
        if (!missing.isEmpty()) {
            List<Violation> violations = missing.stream().map(field -> new Violation(field, "no column names it; a header such as "
                    + String.join(" or ", kind.fields().stream().filter(f -> f.name().equals(field)).findFirst().orElseThrow().headers())
                    + " is needed")).toList();
            throw ProblemException.unprocessable("The file lacks columns a " + kind.name() + " file needs", violations);
        }
    }

    /** At most ten headers, each cut short and printable: a binary file's first line is no message. */
    private static String shown(List<String> header) {
        List<String> shown = header.stream().limit(10).map(name -> name.replaceAll("[^\\p{L}\\p{N} ._/()-]", "?"))
                .map(name -> name.length() > 40 ? name.substring(0, 40) + "…" : name).toList();
        return String.join(", ", shown) + (header.size() > 10 ? ", …" : "");
    }

    private static String nameOf(String fileName, ImportFormat format) {
        String name = fileName == null || fileName.isBlank() ? "import." + format.name().toLowerCase() : fileName.strip();
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).replaceAll("\\p{Cntrl}", "");
        return name.length() > MAX_NAME ? name.substring(0, MAX_NAME) : name;
    }
}
