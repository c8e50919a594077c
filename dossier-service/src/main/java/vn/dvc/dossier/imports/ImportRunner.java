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
import vn.dvc.commons.identity.Callers;
import vn.dvc.commons.imports.ImportKind;
import vn.dvc.commons.imports.RowReader;
import vn.dvc.contracts.identity.Caller;
import vn.dvc.dossier.imports.ImportStore.Counts;
import vn.dvc.dossier.imports.ImportStore.Rejection;

/**
 * Reads imports one after another on a thread of its own: each file streams past once, its rows read in chunks that
 * go through the kind's intake, every chunk committed with the import's place in the file. At start-up it reads on
 * every import that was queued or interrupted, from its last committed row; at shutdown it stops after the chunk in
 * hand. A database fault pauses the import and it tries again; a file that cannot be read on fails it.
 */
@ApplicationScoped
public class ImportRunner {

    private static final Logger LOG = Logger.getLogger(ImportRunner.class);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(30);

    private final ImportStore store;
    private final ImportFiles files;
    private final Callers callers;
    private final Map<String, ImportSink> sinks;
    private final int chunkRows;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "history-import");
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean stopping;

    public ImportRunner(ImportStore store, ImportFiles files, Callers callers, Instance<ImportSink> sinks,
                        @ConfigProperty(name = "dossier.imports.chunk-rows") int chunkRows) {
        this.store = store;
        this.files = files;
        this.callers = callers;
        this.sinks = sinks.stream().collect(Collectors.toMap(ImportSink::kind, sink -> sink));
        this.chunkRows = chunkRows;
    }

    /** The kinds this service can import. */
    public boolean imports(ImportKind kind) {
        return sinks.containsKey(kind.name());
    }

    void resumeUnfinished(@Observes StartupEvent started) {
        store.unfinished().forEach(this::submit);
    }

    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        stopping = true;
        worker.shutdown();
        worker.awaitTermination(20, TimeUnit.SECONDS);
    }

    public void submit(String id) {
        worker.submit(() -> {
            try {
                store.find(id).filter(progress -> progress.status() == ImportProgress.Status.QUEUED
                        || progress.status() == ImportProgress.Status.RUNNING).ifPresent(this::readInItsOwnContext);
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
            callers.actFor(new Caller(progress.createdBy(), null, null));
            read(progress);
        } finally {
            requestContext.terminate();
        }
    }

    private void read(ImportProgress progress) {
        String id = progress.id();
        ImportKind kind = ImportKind.named(progress.kind()).orElseThrow();
        ImportSink sink = sinks.get(kind.name());
        SheetRows rows = SheetRows.of(progress.format());
        store.start(id);
        LOG.infof("Import %s (%s, %s) read from row %d", id, kind.name(), progress.format(), progress.committedRow() + 1);
        Chunk chunk = new Chunk();
        RowReader[] reader = {null};
        try {
            rows.read(files.pathOf(id), (number, cells) -> {
                if (reader[0] == null) {
                    reader[0] = RowReader.of(kind, cells).reader();
                    if (reader[0] == null) {
                        throw new IllegalStateException("the header row no longer names the kind's required fields");
                    }
                    return true;
                }
                if (number > progress.committedRow()) {
                    chunk.add(number, reader[0].read(cells));
                    if (chunk.rows >= chunkRows) {
                        flush(id, sink, chunk, rows.fractionRead());
                    }
                }
                return !stopping;
            });
        } catch (IOException | IllegalStateException unreadable) {
            LOG.errorf("Import %s failed: %s", id, unreadable.getMessage());
            store.fail(id, "Không đọc tiếp được tệp: " + unreadable.getMessage());
            return;
        }
        flush(id, sink, chunk, rows.fractionRead());
        if (!stopping) {
            store.finish(id);
            files.delete(id);
            LOG.infof("Import %s done", id);
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
                if (stopping) {
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

        void clear() {
            items.clear();
            itemRows.clear();
            unreadable.clear();
            rows = 0;
        }
    }
}
