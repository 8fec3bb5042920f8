/**
 * Notifications to applicants (acceptance, correction, suspension, extension, decision) in the portal inbox, by email
 * and by SMS. Other modules call {@link org.xiaoneng.notification.Notifications#send} inside their own transaction; the
 * message lands in a transactional outbox and a dispatcher delivers it afterwards, retrying with backoff. Staff read
 * their in-app messages in the console; the organization module tells whose they are.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notification",
        allowedDependencies = {"organization", "platform"})
@org.jspecify.annotations.NullMarked
package org.xiaoneng.notification;
