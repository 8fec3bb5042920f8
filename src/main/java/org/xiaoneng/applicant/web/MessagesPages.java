package org.xiaoneng.applicant.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.xiaoneng.applicant.ApplicantIdentity;
import org.xiaoneng.notification.Notifications;
import org.xiaoneng.platform.NotFoundException;

/**
 * The applicant's messages (站内消息): what casework announced about their cases (acceptance, correction, suspension,
 * extension, decision), newest first, each marked read once opened. Another applicant's message is not found.
 */
@Controller
class MessagesPages {

    private final ApplicantIdentity identity;
    private final Notifications notifications;

    MessagesPages(ApplicantIdentity identity, Notifications notifications) {
        this.identity = identity;
        this.notifications = notifications;
    }

    @GetMapping("/portal/my/messages")
    String list(Model model) {
        ApplicantIdentity.SignedIn me = identity.require();
        model.addAttribute("me", me);
        model.addAttribute("messages", notifications.inbox(me.applicant().inboxReference()));
        return "applicant/messages";
    }

    @PostMapping("/portal/my/messages/{id}/read")
    String read(@PathVariable long id) {
        if (!notifications.markRead(identity.require().applicant().inboxReference(), id)) {
            throw new NotFoundException("message", id);
        }
        return "redirect:/portal/my/messages#message-" + id;
    }
}
