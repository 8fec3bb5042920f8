package org.xiaoneng.catalog.internal;

import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.xiaoneng.catalog.CatalogFile;
import org.xiaoneng.catalog.CatalogPage;
import org.xiaoneng.catalog.CatalogQuery;
import org.xiaoneng.catalog.ItemDetails;
import org.xiaoneng.catalog.ItemSummary;
import org.xiaoneng.catalog.ItemVersion;

/**
 * The read side behind {@link org.xiaoneng.catalog.ItemCatalog}: unscoped, because what it answers is public (the
 * current versions of published items) or is asked for by the platform on behalf of a case (a version by id).
 */
@Repository
public class PublishedQueries {

    private static final String CURRENT = """
            SELECT v.id, v.item_id, v.code, v.number, v.content, v.published_at, v.published_by
              FROM catalog_item i JOIN catalog_item_version v ON v.id = i.current_version_id
             WHERE i.status = 'PUBLISHED'
            """;
    private static final String FILTER = """
               AND (CAST(:department AS bigint) IS NULL OR v.lead_department_id = :department
                    OR :department = ANY(v.co_department_ids))
               AND (CAST(:kind AS text) IS NULL OR v.kind = :kind)
               AND (CAST(:theme AS text) IS NULL OR :theme = ANY(v.themes))
               AND (CAST(:pattern AS text) IS NULL OR v.name ILIKE :pattern OR v.code ILIKE :pattern)
            """;

    /** How long the list of themes is remembered: a new theme shows in the filters within this time. */
    private static final Duration THEMES_FOR = Duration.ofSeconds(30);

    private final JdbcClient jdbc;
    private final ItemRepository items;
    private final FileRepository files;
    private final Clock clock;
    private volatile @Nullable Themes themes;

    PublishedQueries(JdbcClient jdbc, ItemRepository items, FileRepository files, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.items = items;
        this.files = files;
    }

    public Optional<ItemVersion> current(String code) {
        return jdbc.sql(CURRENT + " AND i.code = :code").param("code", code).query(items::mapVersion).optional();
    }

    public Optional<ItemVersion> current(long itemId) {
        return jdbc.sql(CURRENT + " AND i.id = :id").param("id", itemId).query(items::mapVersion).optional();
    }

    public Optional<ItemVersion> version(long versionId) {
        return items.version(versionId);
    }

    public CatalogPage<ItemSummary> search(CatalogQuery query) {
        String pattern = query.text() == null ? null
                : "%" + query.text().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        // the page and the number of all matches in one scan; only a page beyond the end needs a count of its own
        long[] total = {-1};
        String page = CURRENT.replace("SELECT v.id,", "SELECT count(*) OVER () AS total, v.id,") + FILTER
                + " ORDER BY v.code LIMIT :limit OFFSET :offset";
        List<ItemSummary> rows = filtered(jdbc.sql(page), query, pattern)
                .param("limit", query.size()).param("offset", (long) query.page() * query.size())
                .query((rs, row) -> {
                    total[0] = rs.getLong("total");
                    return items.mapVersion(rs, row);
                })
                .list().stream().map(PublishedQueries::summary).toList();
        if (total[0] < 0) {
            total[0] = filtered(jdbc.sql("SELECT count(*) FROM (" + CURRENT + FILTER + ") c"), query, pattern)
                    .query(Long.class).single();
        }
        return new CatalogPage<>(rows, query.page(), query.size(), total[0]);
    }

    private static JdbcClient.StatementSpec filtered(JdbcClient.StatementSpec statement, CatalogQuery query,
            @Nullable String pattern) {
        return statement.param("department", query.departmentId(), Types.BIGINT)
                .param("kind", query.kind() == null ? null : query.kind().name(), Types.VARCHAR)
                .param("theme", query.theme(), Types.VARCHAR).param("pattern", pattern, Types.VARCHAR);
    }

    public List<ItemSummary> ofDepartment(long departmentId) {
        return jdbc.sql(CURRENT + """
                   AND (v.lead_department_id = :department OR :department = ANY(v.co_department_ids))
                 ORDER BY v.code""")
                .param("department", departmentId).query(items::mapVersion).list().stream()
                .map(PublishedQueries::summary).toList();
    }

    /**
     * The themes of published items, remembered for a short while: every catalog page shows them, and a scan of all
     * versions per page view is not worth it for a list that changes when an item is published.
     */
    public List<String> themes() {
        Themes cached = themes;
        Instant now = clock.instant();
        if (cached != null && now.isBefore(cached.until())) {
            return cached.names();
        }
        List<String> names = List.copyOf(jdbc.sql("""
                SELECT DISTINCT unnest(v.themes) AS theme
                  FROM catalog_item i JOIN catalog_item_version v ON v.id = i.current_version_id
                 WHERE i.status = 'PUBLISHED' ORDER BY theme""").query(String.class).list());
        themes = new Themes(names, now.plus(THEMES_FOR));
        return names;
    }

    /**
     * A publication or withdrawal may bring or take a theme: once it is committed, the list is read again at the next
     * page view.
     */
    void forgetThemesAfterCommit() {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                themes = null;
            }
        });
    }

    private record Themes(List<String> names, Instant until) {
    }

    public Optional<CatalogFile> publishedFile(long fileId) {
        return files.published(fileId) ? files.file(fileId) : Optional.empty();
    }

    static ItemSummary summary(ItemVersion version) {
        ItemDetails d = version.details();
        return new ItemSummary(version.itemId(), version.code(), version.id(), version.number(), d.name(), d.kind(),
                d.leadDepartment(), d.coDepartments(), d.themes(), d.statutoryLimit(), d.promisedLimit(),
                d.fees().isEmpty(), d.inServiceCenter(), d.onlineApplication(), version.publishedAt());
    }
}
