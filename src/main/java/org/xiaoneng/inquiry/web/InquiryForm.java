package org.xiaoneng.inquiry.web;

import org.jspecify.annotations.Nullable;
import org.xiaoneng.inquiry.InquiryChannel;
import org.xiaoneng.inquiry.RecordInquiry;

/**
 * The new-inquiry form's fields; validated as a {@link RecordInquiry}. The idempotency key is made when the form is
 * shown, so that a double submit (or a reload after a lost answer) never logs the inquiry twice.
 */
public class InquiryForm {

    private String inquirerName = "";
    private String contactPhone = "";
    private @Nullable InquiryChannel channel = InquiryChannel.WINDOW;
    private String subject = "";
    private String itemCode = "";
    private String idempotencyKey = "";

    RecordInquiry toCommand() {
        return new RecordInquiry(inquirerName, contactPhone, channel, subject, itemCode);
    }

    public String getInquirerName() {
        return inquirerName;
    }

    public void setInquirerName(@Nullable String inquirerName) {
        this.inquirerName = inquirerName == null ? "" : inquirerName;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(@Nullable String contactPhone) {
        this.contactPhone = contactPhone == null ? "" : contactPhone;
    }

    public @Nullable InquiryChannel getChannel() {
        return channel;
    }

    public void setChannel(@Nullable InquiryChannel channel) {
        this.channel = channel;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(@Nullable String subject) {
        this.subject = subject == null ? "" : subject;
    }

    public String getItemCode() {
        return itemCode;
    }

    public void setItemCode(@Nullable String itemCode) {
        this.itemCode = itemCode == null ? "" : itemCode;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public void setIdempotencyKey(@Nullable String idempotencyKey) {
        this.idempotencyKey = idempotencyKey == null ? "" : idempotencyKey;
    }
}
