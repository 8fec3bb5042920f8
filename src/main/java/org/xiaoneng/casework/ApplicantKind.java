package org.xiaoneng.casework;

/** Who applies. */
public enum ApplicantKind {
    /** 自然人: identified by a resident ID number. */
    INDIVIDUAL,
    /** 法人或其他组织: identified by a unified social credit code. */
    ENTERPRISE
}
