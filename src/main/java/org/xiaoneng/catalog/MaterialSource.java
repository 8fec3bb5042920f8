package org.xiaoneng.catalog;

/** Where the applicant gets a material (来源渠道). */
public enum MaterialSource {
    /** 申请人自备. */
    APPLICANT,
    /** 政府部门核发: issued by a government department. */
    GOVERNMENT,
    /** 中介机构出具: issued by an intermediary (surveyor, accountant, testing body). */
    INTERMEDIARY,
    /** 其他. */
    OTHER
}
