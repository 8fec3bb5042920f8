package org.xiaoneng.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.xiaoneng.catalog.ItemDetails;
import org.xiaoneng.catalog.ItemStatus;
import org.xiaoneng.catalog.TimeLimit;

class ServiceItemTests {

    static final Stamp STAMP = new Stamp(Instant.parse("2026-11-28T02:00:00Z"), "deptadmin1");

    @Test
    void draftPublishedNewDraftFromTheCurrentVersionRepublished() {
        ServiceItem item = ServiceItem.create("SWJ-XK-901", Items.publishable(), STAMP);
        assertThat(item.status()).isEqualTo(ItemStatus.DRAFT);
        assertThat(item.current()).isNull();

        ItemDetails first = item.publish();
        item.publishedAs(501);
        assertThat(item.status()).isEqualTo(ItemStatus.PUBLISHED);
        assertThat(item.lastNumber()).isEqualTo(1);
        assertThat(item.draft()).isNull();
        assertThat(item.current()).isEqualTo(first);
        assertThat(item.currentVersionId()).isEqualTo(501);

        // editing a published item starts a draft from the current version; the catalog keeps the current one
        assertThat(item.startDraft(STAMP)).isEqualTo(first);
        item.saveDraft(Items.renamed(first, "外商投资企业设立备案"), STAMP);
        assertThat(item.current()).isEqualTo(first);
        assertThat(item.status()).isEqualTo(ItemStatus.PUBLISHED);

        ItemDetails second = item.publish();
        item.publishedAs(502);
        assertThat(second.name()).isEqualTo("外商投资企业设立备案");
        assertThat(item.lastNumber()).isEqualTo(2);
        assertThat(item.currentVersionId()).isEqualTo(502);
    }

    @Test
    void publishingNeedsADraftThatPassesThePublishingRules() {
        ServiceItem item = ServiceItem.create("SWJ-XK-902", Items.publishable(), STAMP);
        item.publish();
        assertThatThrownBy(item::publish).hasMessage("catalog.item.noDraft");

        ServiceItem noProcess = ServiceItem.create("SWJ-XK-903",
                Items.details(TimeLimit.workingDays(20), TimeLimit.workingDays(5)), STAMP);
        assertThatThrownBy(noProcess::publish).hasMessage("catalog.rule.processMissing");
        assertThat(noProcess.status()).isEqualTo(ItemStatus.DRAFT);
        assertThat(noProcess.lastNumber()).isZero();
    }

    @Test
    void aDraftBreakingARuleIsNeverSaved() {
        ServiceItem item = ServiceItem.create("SWJ-XK-904", Items.publishable(), STAMP);
        ItemDetails before = item.draft();
        assertThatThrownBy(() -> item.saveDraft(
                Items.details(TimeLimit.workingDays(20), TimeLimit.workingDays(30)), STAMP))
                .hasMessage("catalog.rule.promiseExceedsStatutory");
        assertThat(item.draft()).isEqualTo(before);
    }

    @Test
    void unpublishingNeedsAReasonAndAPublishedItem() {
        ServiceItem item = ServiceItem.create("SWJ-XK-905", Items.publishable(), STAMP);
        assertThatThrownBy(() -> item.unpublish("职能调整", STAMP)).hasMessage("catalog.item.notPublished");
        item.publish();
        assertThatThrownBy(() -> item.unpublish(null, STAMP)).isInstanceOfSatisfying(InvalidItem.class,
                e -> assertThat(e.messageKey()).isEqualTo("catalog.item.reasonRequired"));
        assertThatThrownBy(() -> item.unpublish("   ", STAMP)).hasMessage("catalog.item.reasonRequired");
        assertThat(item.status()).isEqualTo(ItemStatus.PUBLISHED);

        item.unpublish("  职能已划转市工商局  ", STAMP);
        assertThat(item.status()).isEqualTo(ItemStatus.UNPUBLISHED);
        assertThat(item.unpublishedReason()).isEqualTo("职能已划转市工商局");
        assertThat(item.unpublished()).isEqualTo(STAMP);
        assertThatThrownBy(() -> item.unpublish("again", STAMP)).hasMessage("catalog.item.notPublished");

        // published again through a new draft: a new version, the withdrawal cleared
        item.startDraft(STAMP);
        item.publish();
        assertThat(item.status()).isEqualTo(ItemStatus.PUBLISHED);
        assertThat(item.lastNumber()).isEqualTo(2);
        assertThat(item.unpublishedReason()).isNull();
    }

    @Test
    void aDraftIsDiscardedOnlyWhenThereIsAVersionToFallBackTo() {
        ServiceItem item = ServiceItem.create("SWJ-XK-906", Items.publishable(), STAMP);
        assertThatThrownBy(item::discardDraft).hasMessage("catalog.item.nothingToFallBackTo");
        ItemDetails first = item.publish();
        assertThatThrownBy(item::discardDraft).hasMessage("catalog.item.noDraft");
        item.saveDraft(Items.renamed(first, "改名"), STAMP);
        item.discardDraft();
        assertThat(item.draft()).isNull();
        assertThat(item.working()).isEqualTo(first);
    }
}
