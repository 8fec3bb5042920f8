package org.xiaoneng.catalog.internal;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A background import as its owner sees it, in their language: its state and progress, then either its result
 * (items created, updated, published) or why nothing was imported — the first {@link ImportJobs#SHOWN_ERRORS}
 * row-level errors, and how many more there are.
 *
 * @param processedRows rows checked (while validating) or written (while importing) so far
 * @param percent       processedRows of totalRows, 0 to 100
 * @param finished      whether the state is final (done or failed): polling may stop
 * @param errorCount    all errors found, of which {@code errors} shows the first
 * @param moreErrors    how many errors exist beyond those shown
 * @param failure       why an import failed other than by errors in the file (with a reference id), or null
 */
public record ImportJobView(String id, ImportState state, boolean finished, String fileName, String sha256,
        boolean publish, Instant submittedAt, int processedRows, int totalRows, int percent, int errorCount,
        List<ImportError.View> errors, int moreErrors, int created, int updated, int published,
        @Nullable String failure) {
}
