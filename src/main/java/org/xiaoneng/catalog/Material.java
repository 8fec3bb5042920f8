package org.xiaoneng.catalog;

import org.jspecify.annotations.Nullable;

/**
 * A material the applicant submits (申请材料). The correction notice (一次性告知) lists materials by these names.
 *
 * @param copies                     how many copies (份数)
 * @param required                   required, or only needed in some cases
 * @param mayBeMissingWithCommitment 容缺: a required material that may follow after acceptance on the applicant's
 *                                   signed commitment
 * @param blankFormFileId            the blank form (空白表格) to download, if any (see {@link ItemCatalog#publishedFile})
 * @param sampleFileId               a filled-in sample (示范文本), if any
 * @param note                       what else the applicant should know (填写要求); may be empty
 */
public record Material(String name, MaterialSource source, MaterialForm form, int copies, boolean required,
        boolean mayBeMissingWithCommitment, @Nullable Long blankFormFileId, @Nullable Long sampleFileId,
        String note) {
}
