package org.xiaoneng.applicant.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.xiaoneng.applicant.ApplicantIdentity;
import org.xiaoneng.casework.Casework;

/** The applicant's own cases (我的办件). */
@Controller
class MyCasesPages {

    private final ApplicantIdentity identity;
    private final Casework casework;

    MyCasesPages(ApplicantIdentity identity, Casework casework) {
        this.identity = identity;
        this.casework = casework;
    }

    @GetMapping("/portal/my/cases")
    String list(Model model) {
        ApplicantIdentity.SignedIn me = identity.require();
        model.addAttribute("me", me);
        model.addAttribute("cases", casework.ofApplicant(me.applicant()));
        return "applicant/cases";
    }
}
