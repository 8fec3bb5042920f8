package org.xiaoneng.portal.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.xiaoneng.catalog.ItemCatalog;
import org.xiaoneng.catalog.ItemDetails;
import org.xiaoneng.catalog.ItemVersion;

/** Puts a service guide together from a published version: dates in the city's zone, the saving, the flow diagram. */
@Component
public class Guides {

    private final ItemCatalog catalog;
    private final MessageSource messages;
    private final Clock clock;

    Guides(ItemCatalog catalog, MessageSource messages, Clock clock) {
        this.catalog = catalog;
        this.messages = messages;
        this.clock = clock;
    }

    /** The guide of the current version of the item with this code; empty unless it is published. */
    public Optional<Guide> current(String code, Locale locale) {
        return catalog.currentVersion(code).map(v -> guide(v, Optional.of(v), locale));
    }

    /** The guide of a published version of the item with this code, current or not; empty for any other id. */
    public Optional<Guide> version(String code, long versionId, Locale locale) {
        return catalog.version(versionId).filter(v -> v.code().equalsIgnoreCase(code.strip()))
                .map(v -> guide(v, catalog.currentVersion(v.itemId()), locale));
    }

    private Guide guide(ItemVersion version, Optional<ItemVersion> current, Locale locale) {
        ItemDetails d = version.details();
        FlowDiagram.Labels labels = new FlowDiagram.Labels(
                messages.getMessage("portal.flow.title", new Object[] {d.name()}, locale),
                messages.getMessage("portal.flow.description", new Object[] {d.name()}, locale),
                messages.getMessage("portal.flow.start", null, locale),
                messages.getMessage("portal.flow.end", null, locale),
                days -> messages.getMessage(days == 0 ? "portal.flow.sameDay" : "portal.flow.days",
                        new Object[] {days}, locale));
        return new Guide(version, LocalDate.ofInstant(version.publishedAt(), clock.getZone()),
                Faster.of(d.statutoryLimit(), d.promisedLimit()), FlowDiagram.svg(d.process(), labels),
                current.filter(c -> c.id() != version.id()).orElse(null), current.isEmpty());
    }
}
