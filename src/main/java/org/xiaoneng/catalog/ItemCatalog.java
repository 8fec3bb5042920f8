package org.xiaoneng.catalog;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xiaoneng.catalog.internal.PublishedQueries;

/**
 * What other modules may ask of the item catalog (事项目录). The catalog shows the current version of each published
 * item; every version ever published stays readable by its id, because cases keep the version they were accepted
 * under. Everything returned is an immutable record and public information, so no data scope applies: the portal's
 * guides, correction notices, fee checks and the casework read from here.
 */
@Service
@Transactional(readOnly = true)
public class ItemCatalog {

    private final PublishedQueries queries;

    ItemCatalog(PublishedQueries queries) {
        this.queries = queries;
    }

    /** The version the catalog shows for the item with this code (e.g. SWJ-XK-001); empty unless published. */
    public Optional<ItemVersion> currentVersion(String itemCode) {
        return queries.current(itemCode.strip().toUpperCase());
    }

    /** The version the catalog shows for the item with this id; empty unless published. */
    public Optional<ItemVersion> currentVersion(long itemId) {
        return queries.current(itemId);
    }

    /** A published version by its id, current or not, even of a withdrawn item. */
    public Optional<ItemVersion> version(long versionId) {
        return queries.version(versionId);
    }

    /** The process (stages → parallel tasks) of a published version, for the casework to run. */
    public Optional<ProcessDefinition> process(long versionId) {
        return queries.version(versionId).map(ProcessDefinition::of);
    }

    /** Published items by department (lead or joint), kind, theme and text (part of the name or code), by code. */
    public CatalogPage<ItemSummary> publishedItems(CatalogQuery query) {
        return queries.search(query);
    }

    /** Every published item the department leads or handles jointly, by code. */
    public List<ItemSummary> itemsOfDepartment(long departmentId) {
        return queries.ofDepartment(departmentId);
    }

    /** The themes (主题) of published items, for browsing. */
    public List<String> themes() {
        return queries.themes();
    }

    /**
     * A blank form or sample named by a material of a published version (current or older), with its bytes; empty for
     * any other file (files become public only with the version that names them).
     */
    public Optional<CatalogFile> publishedFile(long fileId) {
        return queries.publishedFile(fileId);
    }
}
