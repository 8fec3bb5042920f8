package org.xiaoneng.inquiry;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.xiaoneng.platform.PersonalData;

/**
 * A first inquiry to log (首问登记): who asked (name and a phone to call back), through which channel, about what, and
 * — optionally — the code of the catalog item it concerns. The contact phone is personal data: stored for the
 * follow-up, shown masked, never in {@link #toString()}.
 */
public record RecordInquiry(@NotBlank @Size(max = 50) String inquirerName,
        @NotBlank @Pattern(regexp = "[0-9][0-9\\- ]{6,19}", message = "{inquiry.validation.phone}") String contactPhone,
        @NotNull InquiryChannel channel,
        @NotBlank @Size(max = 2000) String subject,
        @Nullable @Size(max = 64) String itemCode) {

    /** The same inquiry, trimmed, with a blank item code as none. */
    public RecordInquiry normalized() {
        return new RecordInquiry(inquirerName.strip(), contactPhone.strip(), channel, subject.strip(),
                itemCode == null || itemCode.isBlank() ? null : itemCode.strip());
    }

    @Override
    public String toString() {
        return "RecordInquiry[inquirerName=" + inquirerName + ", contactPhone=" + PersonalData.maskPhone(contactPhone)
                + ", channel=" + channel + ", itemCode=" + itemCode + "]";
    }
}
