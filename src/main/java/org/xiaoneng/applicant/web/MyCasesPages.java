package org.xiaoneng.applicant.web;

import java.io.IOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xiaoneng.applicant.ApplicantIdentity;
import org.xiaoneng.casework.ApplicantCase;
import org.xiaoneng.casework.CaseState;
import org.xiaoneng.casework.Casework;
import org.xiaoneng.casework.RatingLevel;
import org.xiaoneng.casework.MaterialFileContent;
import org.xiaoneng.casework.NoticeDocument;
import org.xiaoneng.casework.NoticeKind;
import org.xiaoneng.platform.Attachments;
import org.xiaoneng.platform.DomainException;
import org.xiaoneng.platform.NotFoundException;

/**
 * The applicant's own cases (我的办件): the list, and one case with its timeline, due date, whom to call, materials,
 * the correction notice with the resubmission form (补正), withdrawal before the decision (撤回), and the rating once
 * it is closed (办件评价), the material files the applicant uploads, and the notices as PDF. Another applicant's case is
 * not found.
 */
@Controller
class MyCasesPages {

    static final Set<CaseState> WITHDRAWABLE = EnumSet.of(CaseState.RECEIVED, CaseState.CORRECTION_REQUESTED,
            CaseState.ACCEPTED, CaseState.IN_PROCESS, CaseState.SUSPENDED);

    private final ApplicantIdentity identity;
    private final Casework casework;
    private final MessageSource messages;

    MyCasesPages(ApplicantIdentity identity, Casework casework, MessageSource messages) {
        this.identity = identity;
        this.casework = casework;
        this.messages = messages;
    }

    @GetMapping("/portal/my/cases")
    String list(Model model) {
        ApplicantIdentity.SignedIn me = identity.require();
        model.addAttribute("me", me);
        model.addAttribute("cases", casework.ofApplicant(me.applicant()));
        return "applicant/cases";
    }

    @GetMapping("/portal/my/cases/{id}")
    String one(@PathVariable long id, Model model) {
        ApplicantIdentity.SignedIn me = identity.require();
        ApplicantCase mine = casework.forApplicant(id, me.applicant());
        model.addAttribute("me", me);
        model.addAttribute("mine", mine);
        model.addAttribute("c", mine.view());
        model.addAttribute("withdrawable", WITHDRAWABLE.contains(mine.view().state()));
        model.addAttribute("levels", RatingLevel.values());
        model.addAttribute("rating", mine.view().state() == CaseState.CLOSED ? casework.rating(id).orElse(null)
                : null);
        model.addAttribute("files", casework.filesOnline(id, me.applicant()));
        return "applicant/case";
    }

    /** The applicant adds a scanned material to their case (PDF, JPEG or PNG, checked as at the window). */
    @PostMapping("/portal/my/cases/{id}/files")
    String upload(@PathVariable long id, @RequestParam String material, @RequestParam MultipartFile file,
            Locale locale, RedirectAttributes redirect) throws IOException {
        ApplicantIdentity.SignedIn me = identity.require();
        byte[] content = file.getBytes();
        return act(id, redirect, locale, "applicant.file.attached", () -> casework.attachOnline(id, me.applicant(),
                material, file.getOriginalFilename(), file.getContentType(), content));
    }

    @GetMapping("/portal/my/cases/{id}/files/{fileId}")
    ResponseEntity<byte[]> file(@PathVariable long id, @PathVariable long fileId) {
        MaterialFileContent content = casework.fileOnline(id, fileId, identity.require().applicant());
        return Attachments.attachment(content.file().filename(), MediaType.parseMediaType(content.file().contentType()))
                .body(content.content());
    }

    /** A notice of the case (receipt with the query code, correction notice, decision …) as the applicant's PDF. */
    @GetMapping("/portal/my/cases/{id}/notices/{kind}.pdf")
    ResponseEntity<byte[]> notice(@PathVariable long id, @PathVariable String kind, Locale locale) {
        NoticeKind noticeKind = NoticeKind.ofSlug(kind).orElseThrow(() -> new NotFoundException("notice", kind));
        NoticeDocument document = casework.noticeForApplicant(id, noticeKind, identity.require().applicant(), locale);
        return Attachments.attachment(document.filename(), MediaType.APPLICATION_PDF).body(document.pdf());
    }

    @PostMapping("/portal/my/cases/{id}/resubmission")
    String resubmit(@PathVariable long id, @RequestParam int version,
            @RequestParam(name = "materials", required = false) @Nullable List<String> materials, Locale locale,
            RedirectAttributes redirect) {
        ApplicantIdentity.SignedIn me = identity.require();
        return act(id, redirect, locale, "applicant.case.resubmitted", () -> casework.resubmitOnline(id, version,
                materials == null ? List.of() : materials, me.applicant()));
    }

    @PostMapping("/portal/my/cases/{id}/withdrawal")
    String withdraw(@PathVariable long id, @RequestParam int version, @RequestParam String reason, Locale locale,
            RedirectAttributes redirect) {
        ApplicantIdentity.SignedIn me = identity.require();
        return act(id, redirect, locale, "applicant.case.withdrawn",
                () -> casework.withdrawOnline(id, version, reason.isBlank() ? "-" : reason, me.applicant()));
    }

    @PostMapping("/portal/my/cases/{id}/rating")
    String rate(@PathVariable long id, @RequestParam RatingLevel level,
            @RequestParam(required = false) @Nullable String comment, Locale locale, RedirectAttributes redirect) {
        ApplicantIdentity.SignedIn me = identity.require();
        return act(id, redirect, locale, "applicant.rating.thanks",
                () -> casework.rate(id, me.applicant(), level, comment));
    }

    private String act(long id, RedirectAttributes redirect, Locale locale, String done, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("flash", messages.getMessage(done, null, locale));
        } catch (DomainException refused) {
            if (refused instanceof NotFoundException) {
                throw refused;
            }
            redirect.addFlashAttribute("refused",
                    messages.getMessage(refused.messageKey(), refused.arguments(), locale));
        }
        return "redirect:/portal/my/cases/" + id;
    }
}
