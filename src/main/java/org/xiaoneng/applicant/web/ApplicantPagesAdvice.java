package org.xiaoneng.applicant.web;

import java.time.ZoneId;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The time zone the applicant pages show instants in (the service center's). */
@ControllerAdvice(basePackageClasses = ApplicantPagesAdvice.class)
class ApplicantPagesAdvice {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @ModelAttribute("zone")
    ZoneId zone() {
        return ZONE;
    }
}
