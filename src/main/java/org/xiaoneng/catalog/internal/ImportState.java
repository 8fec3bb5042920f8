package org.xiaoneng.catalog.internal;

/** Where a background import of a catalog workbook stands. */
public enum ImportState {
    /** 排队中: accepted, waiting for the import thread. */
    QUEUED,
    /** 校验中: every row of every sheet is being checked; nothing is written yet. */
    VALIDATING,
    /** 导入中: the file is valid; its items are being written in one transaction. */
    IMPORTING,
    /** 已完成: every item was imported (and published, if asked). */
    DONE,
    /** 未导入: the file has errors, or the import failed midway and was rolled back; nothing was changed. */
    FAILED;

    public boolean finished() {
        return this == DONE || this == FAILED;
    }
}
