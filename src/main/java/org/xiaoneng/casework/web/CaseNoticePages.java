package org.xiaoneng.casework.web;

import java.util.Locale;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.xiaoneng.casework.Casework;

/** Console: a case's written notices (文书) as printable pages and as PDF downloads. */
@Controller
class CaseNoticePages {

    static final String PAGE = "casework/notice";

    private final Casework casework;
    private final NoticePdfs pdfs;

    CaseNoticePages(Casework casework, NoticePdfs pdfs) {
        this.casework = casework;
        this.pdfs = pdfs;
    }

    @GetMapping("/console/cases/{id}/notices/{kind}")
    @PreAuthorize("hasAuthority('casework:case:view')")
    public String page(@PathVariable long id, @PathVariable String kind, Model model) {
        model.addAttribute("n", casework.notice(id, NoticePdfs.kind(kind)));
        return PAGE;
    }

    @GetMapping("/console/cases/{id}/notices/{kind}.pdf")
    @PreAuthorize("hasAuthority('casework:case:view')")
    public ResponseEntity<byte[]> pdf(@PathVariable long id, @PathVariable String kind, Locale locale) {
        return pdfs.download(id, kind, locale);
    }
}
