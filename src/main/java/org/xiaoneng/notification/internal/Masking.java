package org.xiaoneng.notification.internal;

import org.jspecify.annotations.Nullable;
import org.xiaoneng.notification.Channel;
import org.xiaoneng.platform.PersonalData;

/** Addresses as logs, the audit trail and the console may show them. */
final class Masking {

    private Masking() {
    }

    static @Nullable String address(Channel channel, @Nullable String address) {
        if (address == null) {
            return null;
        }
        return channel == Channel.EMAIL ? email(address) : PersonalData.maskPhone(address);
    }

    /** zhang.san@example.com → z***@example.com. */
    static String email(String email) {
        int at = email.lastIndexOf('@');
        if (at <= 0) {
            return "***";
        }
        return email.charAt(0) + "***" + email.substring(at);
    }
}
