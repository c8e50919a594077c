package vn.dvc.gateway.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.dvc.gateway.proxy.IdempotencyStore;

/**
 * What the gateway keeps, bounded (docs/capacity.md, "What is kept, and for how long"): answers kept for an
 * Idempotency-Key go a day after they were made; audit entries older than {@code gateway.audit.keep} are archived —
 * appended as JSON lines to {@code audit-<month>.jsonl.gz} in {@code gateway.audit.archive-dir}, one gzip member per
 * chunk, then deleted. Without an archive folder the audit log is kept whole.
 */
@ApplicationScoped
public class GatewayRetention {

    private static final Logger LOG = Logger.getLogger(GatewayRetention.class);
    private static final int CHUNK = 5_000;

    private final IdempotencyStore idempotency;
    private final AuditLog audit;
    private final Duration auditKeep;
    private final Optional<Path> archive;
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    public GatewayRetention(IdempotencyStore idempotency, AuditLog audit,
                            @ConfigProperty(name = "gateway.audit.keep", defaultValue = "P730D") Duration auditKeep,
                            @ConfigProperty(name = "gateway.audit.archive-dir") Optional<Path> archive) {
        this.idempotency = idempotency;
        this.audit = audit;
        this.auditKeep = auditKeep;
        this.archive = archive;
    }

    @Scheduled(every = "${gateway.retention.every:1h}", delayed = "${gateway.retention.delayed:1m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purge() {
        Instant now = Instant.now();
        long purged = 0;
        int chunk;
        do {
            chunk = idempotency.purgeExpired(now, CHUNK);
            purged += chunk;
        } while (chunk == CHUNK);
        if (purged > 0) {
            LOG.infof("Retention: purged %d expired idempotency records", purged);
        }
        archive.ifPresent(folder -> archiveAudit(folder, now.minus(auditKeep), YearMonth.from(now.atZone(ZoneOffset.UTC))));
    }

    private void archiveAudit(Path folder, Instant before, YearMonth month) {
        long archived = 0;
        List<AuditLog.AuditEntry> entries;
        do {
            entries = audit.oldestBefore(before, CHUNK);
            if (!entries.isEmpty()) {
                append(folder.resolve("audit-" + month + ".jsonl.gz"), entries);
                archived += audit.deleteArchived(entries.get(entries.size() - 1).id(), before);
            }
        } while (entries.size() == CHUNK);
        if (archived > 0) {
            LOG.infof("Retention: archived %d audit entries made before %s to %s", archived, before, folder);
        }
    }

    /** Written before the rows are deleted: a crash between repeats some lines in the archive, never loses one. */
    private void append(Path file, List<AuditLog.AuditEntry> entries) {
        try {
            Files.createDirectories(file.getParent());
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND))) {
                for (AuditLog.AuditEntry entry : entries) {
                    out.write(json.writeValueAsString(entry).getBytes(StandardCharsets.UTF_8));
                    out.write('\n');
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Audit entries not archived to " + file, e);
        }
    }
}
