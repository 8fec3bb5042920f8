package org.xiaoneng.catalog.internal;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.xiaoneng.catalog.ItemDetails;
import org.xiaoneng.catalog.ItemStatus;
import org.xiaoneng.catalog.ItemVersion;

/**
 * An item as the console and the API show it: its state, its current version, its draft (only to staff whose data
 * scope covers one of its departments) and its version history.
 *
 * @param current  the version the catalog shows — or showed, before a withdrawal; null when never published
 * @param draft    the draft under way, if any and visible to the reader
 * @param editable whether the reader's data scope covers the lead department (permissions are checked separately)
 * @param version  the item's optimistic-lock version, to send back with every change
 */
public record ItemView(long id, String code, ItemStatus status, @Nullable ItemVersion current,
        @Nullable ItemDetails draft, @Nullable Instant draftSavedAt, @Nullable String draftSavedBy,
        @Nullable String unpublishedReason, @Nullable Instant unpublishedAt, @Nullable String unpublishedBy,
        List<VersionRow> versions, List<FileRow> files, boolean editable, int version) {

    /** The draft when there is one (and visible), else the current version's content. */
    public ItemDetails working() {
        if (draft != null) {
            return draft;
        }
        if (current == null) {
            throw new IllegalStateException("item " + code + " shows neither a draft nor a version");
        }
        return current.details();
    }

    public boolean hasDraft() {
        return draft != null;
    }
}
