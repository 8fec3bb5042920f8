/**
 * First inquiry (首问责任制): any staff member logs an inquiry — who asked, about what, through which channel — and
 * owns it as its first receiver (首问人) until it is answered, or until the desk (a position) it was handed to confirms
 * that it took it on; follow-up notes may be added at any time. Unresolved inquiries older than
 * {@code xiaoneng.inquiry.unresolved-after} are listed for their owner. Other modules use
 * {@link org.xiaoneng.inquiry.FirstInquiries} and may listen to {@link org.xiaoneng.inquiry.InquiryChanged}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "First inquiry",
        allowedDependencies = {"calendar", "catalog", "organization", "platform"})
@org.jspecify.annotations.NullMarked
package org.xiaoneng.inquiry;
