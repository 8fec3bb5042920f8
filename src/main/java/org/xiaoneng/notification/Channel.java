package org.xiaoneng.notification;

/** How a notification reaches the applicant. */
public enum Channel {
    /** Stored for the applicant's inbox in the public portal. */
    PORTAL,
    /** By email over SMTP, when a mail server is configured. */
    EMAIL,
    /** By SMS through the HTTP gateway, when one is configured. */
    SMS
}
