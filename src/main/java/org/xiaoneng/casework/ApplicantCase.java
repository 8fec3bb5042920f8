package org.xiaoneng.casework;

import java.util.List;

/**
 * A case as its own applicant follows it in the portal: the public view, plus what they need to act — the version
 * to quote back, the materials with their status and the correction notice.
 */
public record ApplicantCase(PublicCase view, int version, List<CaseMaterial> materials,
        List<NoticeLine> correctionNotice) {

    public ApplicantCase {
        materials = List.copyOf(materials);
        correctionNotice = List.copyOf(correctionNotice);
    }
}
