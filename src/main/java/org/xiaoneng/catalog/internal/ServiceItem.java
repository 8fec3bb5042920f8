package org.xiaoneng.catalog.internal;

import org.jspecify.annotations.Nullable;
import org.xiaoneng.catalog.ItemDetails;
import org.xiaoneng.catalog.ItemStatus;
import org.xiaoneng.platform.DomainException;

/**
 * A service item (政务服务事项) and its life in the catalog: edited as a draft, published as an immutable numbered
 * version, edited again as a new draft started from the current version, withdrawn with a reason, published again.
 * The item guards these transitions; the frozen versions themselves live in their own rows and never change.
 */
final class ServiceItem {

    private final @Nullable Long id;
    private final String code;
    private ItemStatus status;
    private @Nullable ItemDetails draft;
    private @Nullable Long currentVersionId;
    private @Nullable ItemDetails current;
    private int lastNumber;
    private @Nullable Stamp draftSaved;
    private @Nullable String unpublishedReason;
    private @Nullable Stamp unpublished;
    private final int version;

    ServiceItem(@Nullable Long id, String code, ItemStatus status, @Nullable ItemDetails draft,
            @Nullable Stamp draftSaved, @Nullable Long currentVersionId, @Nullable ItemDetails current,
            int lastNumber, @Nullable String unpublishedReason, @Nullable Stamp unpublished, int version) {
        this.id = id;
        this.code = code;
        this.status = status;
        this.draft = draft;
        this.currentVersionId = currentVersionId;
        this.current = current;
        this.lastNumber = lastNumber;
        this.draftSaved = draftSaved;
        this.unpublishedReason = unpublishedReason;
        this.unpublished = unpublished;
        this.version = version;
    }

    static ServiceItem create(String code, ItemDetails draft, Stamp stamp) {
        ItemRules.check(draft);
        return new ServiceItem(null, code, ItemStatus.DRAFT, draft, stamp, null, null, 0, null, null, 0);
    }

    /** Replaces the draft (starting one when there is none): a published version is never edited in place. */
    void saveDraft(ItemDetails details, Stamp stamp) {
        ItemRules.check(details);
        draft = details;
        draftSaved = stamp;
    }

    /** Starts the next draft from the current version, unless a draft is already under way. */
    ItemDetails startDraft(Stamp stamp) {
        if (draft == null) {
            draft = current;
            draftSaved = stamp;
        }
        return working();
    }

    /** Drops the draft and goes back to the current version; an item never published has nothing to go back to. */
    void discardDraft() {
        if (draft == null) {
            throw new DomainException("catalog.item.noDraft", code);
        }
        if (current == null) {
            throw new DomainException("catalog.item.nothingToFallBackTo", code);
        }
        draft = null;
        draftSaved = null;
    }

    /**
     * Freezes the draft as the next version and makes it the one the catalog shows (also after a withdrawal).
     * Answers the content and number of the new version; the caller stores it and {@link #publishedAs records} its id.
     */
    ItemDetails publish() {
        if (draft == null) {
            throw new DomainException("catalog.item.noDraft", code);
        }
        ItemRules.checkPublishable(draft);
        ItemDetails published = draft;
        lastNumber++;
        current = published;
        draft = null;
        draftSaved = null;
        status = ItemStatus.PUBLISHED;
        unpublishedReason = null;
        unpublished = null;
        return published;
    }

    void publishedAs(long versionId) {
        currentVersionId = versionId;
    }

    /** Withdraws the item from the catalog; a reason is required and kept. */
    void unpublish(@Nullable String reason, Stamp stamp) {
        if (status != ItemStatus.PUBLISHED) {
            throw new DomainException("catalog.item.notPublished", code);
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidItem("reason", "catalog.item.reasonRequired");
        }
        status = ItemStatus.UNPUBLISHED;
        unpublishedReason = reason.strip();
        unpublished = stamp;
    }

    /** The draft when there is one, else the current version: what the console lists and edits next. */
    ItemDetails working() {
        ItemDetails working = draft != null ? draft : current;
        if (working == null) {
            throw new IllegalStateException("item " + code + " has neither a draft nor a version");
        }
        return working;
    }

    long leadDepartmentId() {
        return working().leadDepartment().id();
    }

    String summary() {
        ItemDetails working = working();
        return code + " " + working.name() + " [" + status + ", lead department " + working.leadDepartment().id()
                + (lastNumber > 0 ? ", version " + lastNumber : "") + (draft != null ? ", draft" : "")
                + (unpublishedReason != null ? ", withdrawn: " + unpublishedReason : "") + "]";
    }

    @Nullable Long id() {
        return id;
    }

    String code() {
        return code;
    }

    ItemStatus status() {
        return status;
    }

    @Nullable ItemDetails draft() {
        return draft;
    }

    @Nullable Long currentVersionId() {
        return currentVersionId;
    }

    @Nullable ItemDetails current() {
        return current;
    }

    int lastNumber() {
        return lastNumber;
    }

    @Nullable String unpublishedReason() {
        return unpublishedReason;
    }

    @Nullable Stamp draftSaved() {
        return draftSaved;
    }

    @Nullable Stamp unpublished() {
        return unpublished;
    }

    int version() {
        return version;
    }
}
