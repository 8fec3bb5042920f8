package org.xiaoneng.portal.web;

import java.time.Instant;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.xiaoneng.catalog.CatalogPage;
import org.xiaoneng.catalog.ItemCatalog;
import org.xiaoneng.catalog.ItemDetails;
import org.xiaoneng.catalog.ItemKind;
import org.xiaoneng.catalog.ItemSummary;
import org.xiaoneng.catalog.ItemVersion;

/** The published catalog for anyone, no login: list and search, and an item's current (or an older) version. */
@RestController
@RequestMapping("/api/v1/public/catalog")
@Tag(name = "Public: catalog", description = "The published item catalog (事项目录) and service guides, no login")
class PublicCatalogApi {

    static final int MAX_SIZE = 100;

    /**
     * A published version of an item as the public sees it: everything the guide shows, without the account that
     * published it (a member of staff's sign-in name is not public information).
     */
    record PublicItem(String code, long versionId, int number, Instant publishedAt, boolean current,
            ItemDetails details) {

        static PublicItem of(ItemVersion version, boolean current) {
            return new PublicItem(version.code(), version.id(), version.number(), version.publishedAt(), current,
                    version.details());
        }
    }

    private final ItemCatalog catalog;

    PublicCatalogApi(ItemCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping
    @Operation(summary = "Published items by department (lead or joint), kind, theme and text (any part of the name "
            + "or code; Chinese partial words match), ordered by code")
    CatalogPage<ItemSummary> search(
            @Parameter(description = "part of the name or code, e.g. 外商") @RequestParam(required = false)
            @Nullable String text,
            @RequestParam(required = false) @Nullable Long departmentId,
            @RequestParam(required = false) @Nullable ItemKind kind,
            @RequestParam(required = false) @Nullable String theme,
            @Parameter(description = "from 0") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "1 to 100") @RequestParam(defaultValue = "20") int size) {
        return catalog.publishedItems(
                CatalogPages.query(text, departmentId, kind, theme, page, Math.min(size, MAX_SIZE)));
    }

    @GetMapping("/items/{code}")
    @Operation(summary = "The current version of a published item, e.g. SWJ-XK-001; 404 unless published")
    PublicItem item(@PathVariable String code) {
        return catalog.currentVersion(code).map(v -> PublicItem.of(v, true))
                .orElseThrow(() -> NotPublished.item(code));
    }

    @GetMapping("/versions/{versionId}")
    @Operation(summary = "A published version by id, current or not (the one a case was accepted under)")
    PublicItem version(@PathVariable long versionId) {
        ItemVersion version = catalog.version(versionId).orElseThrow(() -> NotPublished.version(versionId));
        boolean current = catalog.currentVersion(version.itemId()).filter(c -> c.id() == versionId).isPresent();
        return PublicItem.of(version, current);
    }
}
