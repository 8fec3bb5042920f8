package org.xiaoneng.casework;

import java.util.Locale;
import java.util.Optional;

/**
 * The written notices (文书) of a case, each issued by one recorded event. In URLs a kind is its {@link #slug()}
 * (lowercase, hyphenated: {@code receipt}, {@code refusal}, …).
 */
public enum NoticeKind {
    /** 受理通知书: acceptance (or deemed acceptance), with the number, query code, promised limit and due date. */
    RECEIPT,
    /** 不予受理决定书: refusal at intake, with the reasons. */
    REFUSAL,
    /** 一次性告知书: every missing or defective material, and why (行政许可法 art. 32). */
    CORRECTION,
    /** 中止办理告知书: a special procedure stops the clock (art. 45: the applicant is told in writing). */
    SUSPENSION,
    /** 延期办理告知书: the one extension, its reason and the new due date (art. 42). */
    EXTENSION,
    /** 准予/不予行政许可决定书: the decision with reasons and legal basis; a denial names the remedies (art. 38). */
    DECISION;

    /** The kind as it appears in URLs. */
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The notice an event of this type issues; empty for events that issue none. */
    public static Optional<NoticeKind> issuedBy(CaseEventType type) {
        return Optional.ofNullable(switch (type) {
            case ACCEPTED, DEEMED_ACCEPTED -> RECEIPT;
            case REFUSED -> REFUSAL;
            case CORRECTION_REQUESTED -> CORRECTION;
            case SUSPENDED -> SUSPENSION;
            case EXTENDED -> EXTENSION;
            case DECIDED -> DECISION;
            default -> null;
        });
    }

    /** The kind of a URL segment; empty when there is none. */
    public static Optional<NoticeKind> ofSlug(String slug) {
        for (NoticeKind kind : values()) {
            if (kind.slug().equals(slug)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
