package org.xiaoneng.catalog.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Service;
import org.xiaoneng.platform.CurrentActor;
import org.xiaoneng.platform.DomainException;
import org.xiaoneng.platform.NotFoundException;

/**
 * Runs catalog workbook imports in the background, so that a large file shows its progress instead of holding a
 * request open: a small in-memory registry of jobs, keyed by a random id and visible only to the person who started
 * them, worked off one at a time by a single thread that acts as that person (their security context travels with
 * the job, so data scope, permissions and the audit trail are theirs). The same file (by SHA-256) sent again by the
 * same person while its import is still under way gets the same job back instead of a second import. Finished jobs
 * are forgotten after {@link #KEPT}; a restart forgets all of them (nothing half-imported stays behind: an import is
 * one transaction).
 */
@Service
public class ImportJobs {

    public static final int SHOWN_ERRORS = 500;
    static final Duration KEPT = Duration.ofHours(2);
    /** Jobs waiting or running at once, for everybody: more are refused until some finish. */
    static final int MAX_UNFINISHED = 10;
    static final List<String> CONTENT_TYPES = List.of(CatalogWorkbook.CONTENT_TYPE, "application/octet-stream",
            "application/zip", "application/x-zip-compressed");

    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, ImportJob> jobs = new ConcurrentHashMap<>();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "catalog-import");
        thread.setDaemon(true);
        return thread;
    });
    private final CatalogImport importer;
    private final CurrentActor currentActor;
    private final MessageSource messages;
    private final Clock clock;

    ImportJobs(CatalogImport importer, CurrentActor currentActor, MessageSource messages, Clock clock) {
        this.importer = importer;
        this.currentActor = currentActor;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * Accepts a workbook for import (checked at once: size, content type, that it is an .xlsx at all) and queues it.
     *
     * @param publish publish every imported draft too (needs catalog:item:publish over each item's lead department)
     */
    public ImportJobView submit(String fileName, @Nullable String contentType, byte[] content, boolean publish,
            Locale locale) {
        if (content.length == 0 || content.length > CatalogImport.MAX_BYTES) {
            throw new DomainException("catalog.excel.error.fileSize", CatalogImport.MAX_BYTES / 1024 / 1024);
        }
        String type = contentType == null ? "application/octet-stream"
                : contentType.toLowerCase(Locale.ROOT).split(";")[0].strip();
        if (!CONTENT_TYPES.contains(type)) {
            throw new DomainException("catalog.excel.error.contentType", type);
        }
        String problem = CatalogWorkbookReader.formatProblem(content);
        if (problem != null) {
            throw new DomainException(problem);
        }
        if (publish && !currentActor.holds(CatalogImport.PUBLISH)) {
            throw new DomainException("catalog.excel.error.publishNotAllowed");
        }
        String owner = currentActor.actor().account();
        String sha256 = FileService.sha256(content);
        ImportJob job;
        synchronized (jobs) {
            forgetOld();
            ImportJob running = jobs.values().stream()
                    .filter(j -> !j.state().finished() && j.owner.equals(owner) && j.sha256.equals(sha256)
                            && j.publish == publish)
                    .findFirst().orElse(null);
            if (running != null) {
                return view(running, locale);
            }
            if (jobs.values().stream().filter(j -> !j.state().finished()).count() >= MAX_UNFINISHED) {
                throw new DomainException("catalog.excel.error.busy");
            }
            job = new ImportJob(newId(), owner, clean(fileName), sha256, publish, clock.instant());
            jobs.put(job.id, job);
        }
        worker.execute(new DelegatingSecurityContextRunnable(() -> run(job, content)));
        return view(job, locale);
    }

    /** The job, to the person who started it; anyone else is told it does not exist. */
    public ImportJobView get(String id, Locale locale) {
        ImportJob job = jobs.get(id);
        if (job == null || !job.owner.equals(currentActor.actor().account())) {
            throw new JobNotFound(id);
        }
        return view(job, locale);
    }

    private void run(ImportJob job, byte[] content) {
        job.validating(0, 0);
        try {
            job.finish(importer.run(content, job.id, job.fileName + " (sha256 " + job.sha256 + ")", job.publish,
                    job));
        } catch (RuntimeException e) {
            String reference = newId().substring(0, 10).toUpperCase(Locale.ROOT);
            log.error("Catalog import {} (reference {}) failed; nothing was imported", job.id, reference, e);
            job.fail(reference);
        }
    }

    private ImportJobView view(ImportJob job, Locale locale) {
        synchronized (job) {
            CatalogImport.Outcome outcome = job.outcome;
            List<ImportError> errors = outcome == null ? List.of() : outcome.errors();
            int total = job.total;
            int percent = job.state.finished() ? 100 : total == 0 ? 0 : (int) (100L * job.processed / total);
            List<ImportError.View> shown = errors.stream().limit(SHOWN_ERRORS).map(e -> e.in(messages, locale))
                    .toList();
            return new ImportJobView(job.id, job.state, job.state.finished(), job.fileName, job.sha256, job.publish,
                    job.submittedAt, job.processed, total, percent, errors.size(), shown, errors.size() - shown.size(),
                    outcome == null ? 0 : outcome.created(), outcome == null ? 0 : outcome.updated(),
                    outcome == null ? 0 : outcome.published(),
                    job.failureReference == null ? null
                            : messages.getMessage("catalog.excel.failed", new Object[] {job.failureReference},
                                    locale));
        }
    }

    private void forgetOld() {
        Instant limit = clock.instant().minus(KEPT);
        jobs.values().removeIf(j -> j.state().finished() && j.submittedAt.isBefore(limit));
    }

    private static String newId() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static String clean(String fileName) {
        String name = fileName.replaceAll("[\\\\/\\p{Cntrl}]", "_").strip();
        return name.isEmpty() ? "catalog.xlsx" : name.substring(0, Math.min(200, name.length()));
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }

    /** An import job nobody (or somebody else) started: 404, named in the reader's language. */
    static final class JobNotFound extends NotFoundException {

        private final String id;

        JobNotFound(String id) {
            super("import", id);
            this.id = id;
        }

        @Override
        public Object[] arguments() {
            return new Object[] {new DefaultMessageSourceResolvable("catalog.excel.job"), id};
        }
    }

    /** One import: its owner, file and state; written by the import thread, read by requests. */
    private static final class ImportJob implements CatalogImport.Progress {

        final String id;
        final String owner;
        final String fileName;
        final String sha256;
        final boolean publish;
        final Instant submittedAt;
        private ImportState state = ImportState.QUEUED;
        private int processed;
        private int total;
        private CatalogImport.@Nullable Outcome outcome;
        private @Nullable String failureReference;

        ImportJob(String id, String owner, String fileName, String sha256, boolean publish, Instant submittedAt) {
            this.id = id;
            this.owner = owner;
            this.fileName = fileName;
            this.sha256 = sha256;
            this.publish = publish;
            this.submittedAt = submittedAt;
        }

        synchronized ImportState state() {
            return state;
        }

        @Override
        public synchronized void validating(int processed, int total) {
            state = ImportState.VALIDATING;
            this.processed = processed;
            this.total = total;
        }

        @Override
        public synchronized void importing(int processed, int total) {
            state = ImportState.IMPORTING;
            this.processed = processed;
            this.total = total;
        }

        synchronized void finish(CatalogImport.Outcome outcome) {
            this.outcome = outcome;
            state = outcome.errors().isEmpty() ? ImportState.DONE : ImportState.FAILED;
            if (state == ImportState.DONE) {
                processed = total;
            }
        }

        synchronized void fail(String reference) {
            failureReference = reference;
            state = ImportState.FAILED;
        }
    }
}
