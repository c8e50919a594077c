package vn.dvc.dossier.imports;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.dvc.access.identity.Caller;
import vn.dvc.commons.identity.Callers;
import vn.dvc.dossier.imports.ImportKind;
import vn.dvc.dossier.imports.RowReader;
import vn.dvc.dossier.repository.ImportStore.Counts;
import vn.dvc.dossier.repository.ImportStore.Rejection;
import vn.dvc.dossier.repository.ImportStore;

/**
 * Reads imports one after another on a thread of its own: each file streams past once, its rows read in chunks that
 * go through the kind's intake, every chunk committed with the import's place in the file. At start-up it reads on
 * every import that was queued or interrupted, from its last committed row — but an import whose runs have ended in a
 * crash {@code dossier.imports.max-attempts} times fails instead, so that no file can take the service down at every
 * start. At shutdown it stops after the chunk in hand. A database fault pauses the import and it tries again; a file
 * that cannot be read on fails it, with the reason in Vietnamese; a cancelled one stops at its next chunk. Its file is
 * removed whenever it ends.
 */
@ApplicationScoped
public class ImportRunner {

    private static final Logger LOG = Logger.getLogger(ImportRunner.class);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(30);
    private static final String UNREADABLE = "Tệp không đọc tiếp được (hỏng, bị cắt dở hoặc không đúng định dạng CSV/XLSX)";

    private final ImportStore store;
    private final ImportFiles files;
    private final Callers callers;
    private final Map<String, ImportSink> sinks;
    private final int chunkRows;
    private final int maxAttempts;
    private final ReadLimits limits;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "history-import");
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean stopping;

    public ImportRunner(ImportStore store, ImportFiles files, Callers callers, Instance<ImportSink> sinks,
                        @ConfigProperty(name = "dossier.imports.chunk-rows") int chunkRows,
                        @ConfigProperty(name = "dossier.imports.max-attempts") int maxAttempts,
                        @ConfigProperty(name = "dossier.imports.max-cell-chars") int maxCellChars,
                        @ConfigProperty(name = "dossier.imports.max-row-chars") int maxRowChars,
                        @ConfigProperty(name = "dossier.imports.max-columns") int maxColumns) {
        this.store = store;
        this.files = files;
        this.callers = callers;
        this.sinks = sinks.stream().collect(Collectors.toMap(ImportSink::kind, sink -> sink));
        this.chunkRows = chunkRows;
        this.maxAttempts = maxAttempts;
        this.limits = new ReadLimits(maxCellChars, maxRowChars, maxColumns);
    }

    /** The kinds this service can import. */
    public boolean imports(ImportKind kind) {
        return sinks.containsKey(kind.name());
    }

    /** How much of a file one row may hold. */
    public ReadLimits limits() {
        return limits;
    }

    void resumeUnfinished(@Observes StartupEvent started) {
        for (ImportProgress unfinished : store.unfinished()) {
            if (unfinished.attempts() >= maxAttempts) {
                LOG.errorf("Import %s failed: its reading ended in a crash %d times", unfinished.id(), unfinished.attempts());
                end(unfinished.id(), () -> store.fail(unfinished.id(), "Việc đọc tệp đã bị gián đoạn đột ngột " + unfinished.attempts()
                        + " lần (dịch vụ dừng giữa chừng); tệp không được đọc lại để dịch vụ không dừng lần nữa. Các dòng đã ghi nhận trước đó vẫn giữ."));
            } else {
                submit(unfinished.id());
            }
        }
    }

    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        stopping = true;
        worker.shutdown();
        worker.awaitTermination(20, TimeUnit.SECONDS);
    }

    public void submit(String id) {
        worker.submit(() -> {
            try {
                store.find(id).filter(progress -> !progress.status().ended()).ifPresent(this::readInItsOwnContext);
            } catch (RuntimeException unexpected) {
                LOG.errorf(unexpected, "Import %s stopped; it is read on when the service starts again", id);
            }
        });
    }

    /** The intake is written for requests: an import's rows are one long request of their own, by its sender. */
    private void readInItsOwnContext(ImportProgress progress) {
        ManagedContext requestContext = Arc.container().requestContext();
        requestContext.activate();
        try {
            callers.actFor(new Caller(progress.createdBy(), progress.createdByRole(), progress.createdByScope()));
            read(progress);
        } finally {
            requestContext.terminate();
        }
    }

    private void read(ImportProgress progress) {
        String id = progress.id();
        ImportKind kind = ImportKind.named(progress.kind()).orElseThrow();
        ImportSink sink = sinks.get(kind.name());
        SheetRows rows = SheetRows.of(progress.format(), limits, files.workDirectory());
        store.start(id);
        LOG.infof("Import %s (%s, %s) read from row %d", id, kind.name(), progress.format(), progress.committedRow() + 1);
        Chunk chunk = new Chunk();
        RowReader[] reader = {null};
        try {
            rows.read(files.pathOf(id), new SheetRows.RowHandler() {
                @Override
                public boolean row(long number, List<String> cells) {
                    if (reader[0] == null) {
                        reader[0] = RowReader.of(kind, cells).reader();
                        if (reader[0] == null) {
                            throw new IllegalStateException("the header row no longer names the kind's required fields");
                        }
                        return true;
                    }
                    if (number > progress.committedRow()) {
                        chunk.add(number, reader[0].read(cells));
                        flushWhenFull(id, sink, chunk, rows);
                    }
                    return !stopping;
                }

                @Override
                public boolean refused(long number, String reason) {
                    if (number > progress.committedRow()) {
                        chunk.refuse(number, reason);
                        flushWhenFull(id, sink, chunk, rows);
                    }
                    return !stopping;
                }
            });
            flush(id, sink, chunk, rows.fractionRead());
        } catch (ImportStore.ImportCancelled cancelled) {
            LOG.infof("Import %s cancelled", id);
            files.delete(id);
            return;
        } catch (IOException | RuntimeException unreadable) {
            if (cancelled(unreadable)) {
                LOG.infof("Import %s cancelled", id);
                files.delete(id);
                return;
            }
            if (stopping) {
                LOG.infof("Import %s interrupted by the shutdown; it is read on when the service starts again", id);
                store.interrupted(id);
                return;
            }
            LOG.errorf("Import %s failed after its row %d: %s", id, chunk.lastRow, describe(unreadable));
            end(id, () -> {
                flush(id, sink, chunk, rows.fractionRead());
                store.fail(id, unreadable instanceof UnreadableFile ? unreadable.getMessage() : UNREADABLE);
            });
            return;
        }
        if (stopping) {
            store.interrupted(id);
        } else {
            end(id, () -> store.finish(id));
            LOG.infof("Import %s done", id);
        }
    }

    /** Records how the import ended, then removes its file: an ended import's file is never kept. */
    private void end(String id, Runnable recording) {
        try {
            recording.run();
        } finally {
            files.delete(id);
        }
    }

    private void flushWhenFull(String id, ImportSink sink, Chunk chunk, SheetRows rows) {
        if (chunk.rows >= chunkRows) {
            flush(id, sink, chunk, rows.fractionRead());
        }
    }

    /** Takes the chunk's rows and commits them with the import's place; on a database fault, again after a pause. */
    private void flush(String id, ImportSink sink, Chunk chunk, double fractionRead) {
        if (chunk.rows == 0) {
            return;
        }
        Duration pause = Duration.ofSeconds(1);
        while (true) {
            try {
                take(id, sink, chunk, fractionRead);
                chunk.clear();
                return;
            } catch (RuntimeException fault) {
                if (stopping || cancelled(fault)) {
                    throw fault;
                }
                LOG.warnf("Import %s: rows up to %d not taken yet (%s: %s); trying again in %d s", id, chunk.lastRow,
                        fault.getMessage(), rootOf(fault).getMessage(), pause.toSeconds());
                pauseFor(pause);
                pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
            }
        }
    }

    private void take(String id, ImportSink sink, Chunk chunk, double fractionRead) {
        Consumer<List<RowOutcome>> commit = outcomes -> {
            List<Rejection> rejections = new ArrayList<>(chunk.unreadable);
            long accepted = 0;
            long duplicate = 0;
            for (int i = 0; i < outcomes.size(); i++) {
                RowOutcome outcome = outcomes.get(i);
                switch (outcome.outcome()) {
                    case ACCEPTED -> accepted++;
                    case DUPLICATE -> duplicate++;
                    case REJECTED -> rejections.add(new Rejection(chunk.itemRows.get(i), outcome.reasons()));
                }
            }
            store.commit(id, chunk.lastRow, new Counts(chunk.rows, accepted, duplicate, rejections.size()), fractionRead, rejections);
        };
        if (chunk.items.isEmpty()) {
            QuarkusTransaction.requiringNew().run(() -> commit.accept(List.of()));
        } else {
            sink.take(chunk.items, commit);
        }
    }

    private static boolean cancelled(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof ImportStore.ImportCancelled) {
                return true;
            }
        }
        return false;
    }

    /** What went wrong, for the log: the kind of fault and where, never a cell's content. */
    private static String describe(Throwable failure) {
        Throwable root = rootOf(failure);
        return failure.getMessage() + " (" + root.getClass().getSimpleName() + ")";
    }

    private static Throwable rootOf(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    private static void pauseFor(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The rows read since the last commit: the items to take, and the rows the reader refused. */
    private static final class Chunk {

        final List<ObjectNode> items = new ArrayList<>();
        final List<Long> itemRows = new ArrayList<>();
        final List<Rejection> unreadable = new ArrayList<>();
        long rows;
        long lastRow;

        void add(long number, RowReader.Row row) {
            rows++;
            lastRow = number;
            if (row.item() != null) {
                items.add(row.item());
                itemRows.add(number);
            } else {
                unreadable.add(new Rejection(number, row.reasons()));
            }
        }

        void refuse(long number, String reason) {
            rows++;
            lastRow = number;
            unreadable.add(new Rejection(number, List.of(new RowReader.Reason("", reason))));
        }

        void clear() {
            items.clear();
            itemRows.clear();
            unreadable.clear();
            rows = 0;
        }
    }
}
