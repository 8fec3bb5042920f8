package org.xiaoneng.catalog;

import java.time.Instant;

/**
 * A published version of a service item: frozen when it was published and never changed afterwards. A case records
 * the id of the version it was accepted under and keeps reading that version, whatever is published later.
 *
 * @param id          the version's id (what cases point at)
 * @param itemId      the item's id
 * @param code        the item's code, e.g. SWJ-XK-001
 * @param number      1 for the first publication, then 2, 3...
 * @param publishedBy the account that published it
 */
public record ItemVersion(long id, long itemId, String code, int number, Instant publishedAt, String publishedBy,
        ItemDetails details) {
}
