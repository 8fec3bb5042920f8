package org.xiaoneng.portal.internal;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.xiaoneng.catalog.ItemDetails;
import org.xiaoneng.catalog.ItemVersion;

/**
 * A service guide (办事指南) as the page and the PDF show it: one published version of an item, with what a reader needs
 * beside it.
 *
 * @param publishedOn the day the version was published, in the city's zone
 * @param faster      how much faster the promise is than the law, if it is
 * @param flowSvg     the flow diagram (办事流程导引图), escaped SVG ready to inline
 * @param current     the version the catalog shows now, when it is another one (this one is older); null otherwise
 * @param withdrawn   the item is no longer in the catalog (this version stays readable for the cases under it)
 */
public record Guide(ItemVersion version, LocalDate publishedOn, @Nullable Faster faster, String flowSvg,
        @Nullable ItemVersion current, boolean withdrawn) {

    public ItemDetails details() {
        return version.details();
    }

    /** Whether this is the version the catalog shows now (not named isCurrent: templates would read it as "current"). */
    public boolean upToDate() {
        return current == null && !withdrawn;
    }
}
