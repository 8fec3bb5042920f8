package org.xiaoneng.inquiry;

/** The answer to logging an inquiry: the inquiry, and whether this request created it (false on a retry). */
public record RecordedInquiry(InquiryView view, boolean created) {
}
