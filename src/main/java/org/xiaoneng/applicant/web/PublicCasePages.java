package org.xiaoneng.applicant.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.xiaoneng.casework.Casework;

/**
 * Public pages, no sign-in: 办件查询 by the case number and the query code of the receipt (posted, so that the code
 * stays out of URLs and logs; a wrong pair gets one neutral answer that does not tell which part was wrong), and
 * 办件公示 of decided cases, 20 a page, the applicant masked.
 */
@Controller
class PublicCasePages {

    private final Casework casework;

    PublicCasePages(Casework casework) {
        this.casework = casework;
    }

    @GetMapping("/portal/track")
    String form() {
        return "applicant/track";
    }

    @PostMapping("/portal/track")
    String track(@RequestParam String number, @RequestParam String queryCode, Model model) {
        model.addAttribute("number", number);
        casework.track(number, queryCode).ifPresentOrElse(found -> model.addAttribute("c", found),
                () -> model.addAttribute("notFound", true));
        return "applicant/track";
    }

    @GetMapping("/portal/decisions")
    String decisions(@RequestParam(defaultValue = "0") int page, Model model) {
        int current = Math.max(0, page);
        model.addAttribute("cases", casework.published(current));
        model.addAttribute("page", current);
        return "applicant/decisions";
    }
}
