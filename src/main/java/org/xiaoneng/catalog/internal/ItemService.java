package org.xiaoneng.catalog.internal;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xiaoneng.catalog.CatalogPage;
import org.xiaoneng.catalog.ItemDetails;
import org.xiaoneng.catalog.ItemPublished;
import org.xiaoneng.catalog.ItemStatus;
import org.xiaoneng.catalog.ItemUnpublished;
import org.xiaoneng.catalog.ItemVersion;
import org.xiaoneng.organization.DepartmentRef;
import org.xiaoneng.organization.OrganizationDirectory;
import org.xiaoneng.platform.ConflictException;
import org.xiaoneng.platform.CurrentActor;
import org.xiaoneng.platform.DataScope;
import org.xiaoneng.platform.OutOfScopeException;

/**
 * The catalog as staff keep it: create items, edit drafts, publish and withdraw — each change within the person's
 * data scope (the item's lead department) and audited. Published items are readable by all staff; a draft only by
 * staff whose scope covers one of the item's departments.
 */
@Service
@Transactional
public class ItemService {

    /** Drafts are written where a role carrying this permission is held (data scope per permission). */
    static final String EDIT = "catalog:item:edit";
    /** Publishing and withdrawing, likewise. */
    static final String PUBLISH = "catalog:item:publish";

    static final String ITEM = "item";

    private final ItemRepository items;
    private final FileRepository files;
    private final FeeStandardRepository feeStandards;
    private final ItemResolver resolver;
    private final OrganizationDirectory directory;
    private final CurrentActor currentActor;
    private final CatalogAudit audit;
    private final PublishedQueries publishedQueries;

    ItemService(ItemRepository items, FileRepository files, FeeStandardRepository feeStandards, ItemResolver resolver,
            OrganizationDirectory directory, CurrentActor currentActor, CatalogAudit audit,
            PublishedQueries publishedQueries) {
        this.publishedQueries = publishedQueries;
        this.items = items;
        this.files = files;
        this.feeStandards = feeStandards;
        this.resolver = resolver;
        this.directory = directory;
        this.currentActor = currentActor;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public CatalogPage<ItemRow> search(ItemSearch search) {
        DataScope scope = currentActor.dataScope();
        Map<Long, String> names = directory.departments().stream()
                .collect(Collectors.toMap(DepartmentRef::id, DepartmentRef::name));
        List<ItemRow> rows = items.search(scope, search, id -> names.getOrDefault(id, String.valueOf(id)));
        return new CatalogPage<>(rows, search.page(), search.size(), items.count(scope, search));
    }

    /** The item as the reader may see it: a published item to all staff, anything else within the data scope. */
    @Transactional(readOnly = true)
    public ItemView get(long id) {
        ServiceItem item = items.find(id).orElseThrow(() -> new Missing(ITEM, id));
        DataScope scope = currentActor.dataScope();
        boolean inScope = items.inScope(id, scope);
        if (!inScope && item.status() != ItemStatus.PUBLISHED) {
            throw new OutOfScopeException();
        }
        ItemVersion current = item.currentVersionId() == null ? null
                : items.version(item.currentVersionId()).orElseThrow();
        Stamp saved = inScope ? item.draftSaved() : null;
        Stamp unpublished = item.unpublished();
        return new ItemView(id, item.code(), item.status(), current, inScope ? item.draft() : null,
                saved == null ? null : saved.at(), saved == null ? null : saved.by(), item.unpublishedReason(),
                unpublished == null ? null : unpublished.at(), unpublished == null ? null : unpublished.by(),
                items.versions(id), inScope ? files.ofItem(id) : List.of(),
                currentActor.dataScopeFor(EDIT).allows(item.leadDepartmentId()), item.version());
    }

    @Transactional(readOnly = true)
    public long idOf(String code) {
        return items.idOf(code.strip().toUpperCase()).orElseThrow(() -> new Missing(ITEM, code));
    }

    /** A published version, by id: frozen, and readable by all staff (it was public once). */
    @Transactional(readOnly = true)
    public ItemVersion version(long versionId) {
        return items.version(versionId).orElseThrow(() -> new Missing("version", versionId));
    }

    @Transactional(readOnly = true)
    public List<String> themes() {
        return items.themes(currentActor.dataScope());
    }

    @Transactional(readOnly = true)
    public List<FeeStandardView> feeStandards() {
        return feeStandards.active();
    }

    /** Creates an item as a draft of its lead department, which must be within the person's scope. */
    public long create(String code, ItemDraftCommand command) {
        String normalized = code.strip().toUpperCase();
        currentActor.dataScopeFor(EDIT).check(command.leadDepartmentId());
        if (items.codeTaken(normalized)) {
            throw new ConflictException("catalog.item.codeTaken", normalized);
        }
        ServiceItem item = ServiceItem.create(normalized, resolver.resolve(command, 0), audit.stamp());
        long id = items.insert(item, audit.stamp());
        audit.changed(ITEM, "created", id, null, item.summary(), item.leadDepartmentId());
        return id;
    }

    /** Replaces the draft (starting one from the current version if needed). A new lead must be in scope too. */
    public void saveDraft(long id, @Nullable Integer version, ItemDraftCommand command) {
        ServiceItem item = loadLed(id, version, EDIT);
        currentActor.dataScopeFor(EDIT).check(command.leadDepartmentId());
        String before = item.summary();
        item.saveDraft(resolver.resolve(command, id), audit.stamp());
        items.update(item);
        audit.changed(ITEM, "draftSaved", id, before, item.summary(), item.leadDepartmentId());
    }

    /** Starts the next draft from the current version (nothing happens when a draft is under way). */
    public void startDraft(long id, @Nullable Integer version) {
        ServiceItem item = loadLed(id, version, EDIT);
        if (item.draft() != null) {
            return;
        }
        String before = item.summary();
        item.startDraft(audit.stamp());
        items.update(item);
        audit.changed(ITEM, "draftStarted", id, before, item.summary(), item.leadDepartmentId());
    }

    public void discardDraft(long id, @Nullable Integer version) {
        ServiceItem item = loadLed(id, version, EDIT);
        String before = item.summary();
        item.discardDraft();
        items.update(item);
        audit.changed(ITEM, "draftDiscarded", id, before, item.summary(), item.leadDepartmentId());
    }

    /**
     * Freezes the draft as the next version and shows it in the catalog. The departments, positions and fee standards
     * it names are checked again: they may have been closed since the draft was saved.
     */
    public ItemVersion publish(long id, @Nullable Integer version) {
        ServiceItem item = loadLed(id, version, PUBLISH);
        ItemDetails draft = item.draft();
        if (draft != null) {
            item.saveDraft(resolver.resolve(ItemDraftCommand.of(draft), id), Objects.requireNonNull(
                    item.draftSaved()));
        }
        ItemDetails published = item.publish();
        Stamp stamp = audit.stamp();
        long versionId = items.insertVersion(id, item.code(), item.lastNumber(), published, stamp);
        item.publishedAs(versionId);
        items.update(item);
        audit.publish(new ItemPublished(audit.actor(), id, item.code(), versionId, item.lastNumber(),
                published.name(), published.leadDepartment().id(), stamp.at()));
        publishedQueries.forgetThemesAfterCommit();
        return items.version(versionId).orElseThrow();
    }

    /** Withdraws the item from the catalog, for a reason that is kept and audited. */
    public void unpublish(long id, @Nullable Integer version, @Nullable String reason) {
        ServiceItem item = loadLed(id, version, PUBLISH);
        Stamp stamp = audit.stamp();
        item.unpublish(reason, stamp);
        items.update(item);
        ItemDetails current = Objects.requireNonNull(item.current());
        publishedQueries.forgetThemesAfterCommit();
        audit.publish(new ItemUnpublished(audit.actor(), id, item.code(),
                Objects.requireNonNull(item.currentVersionId()), current.name(), item.unpublishedReason(),
                current.leadDepartment().id(), stamp.at()));
    }

    /**
     * The item, when the scope of the permission covers its lead department; 403 when it does not, 404 when there is
     * none.
     */
    private ServiceItem loadLed(long id, @Nullable Integer version, String permission) {
        ServiceItem item = items.findLedWithin(id, currentActor.dataScopeFor(permission))
                .orElseThrow(() -> items.exists(id) ? new OutOfScopeException() : new Missing(ITEM, id));
        if (version != null && version != item.version()) {
            throw new OptimisticLockingFailureException("item " + id + " edited at version " + version + ", now "
                    + item.version());
        }
        return item;
    }
}
