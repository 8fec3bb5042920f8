package org.xiaoneng.casework;

import java.util.List;
import java.util.Optional;

/**
 * A case as its own applicant follows it in the portal: the public view, plus what they need to act — the version
 * to quote back, the materials with their status, the correction notice, and the query code of the receipt (the
 * applicant's own, so shown to them).
 */
public record ApplicantCase(PublicCase view, int version, List<CaseMaterial> materials,
        List<NoticeLine> correctionNotice, String queryCode) {

    public ApplicantCase {
        materials = List.copyOf(materials);
        correctionNotice = List.copyOf(correctionNotice);
    }

    /** The notices issued so far, in the order of the steps that issued them, each kind once. */
    public List<NoticeKind> notices() {
        return view.steps().stream().map(PublicCase.Step::type).map(NoticeKind::issuedBy).flatMap(Optional::stream)
                .distinct().toList();
    }
}
