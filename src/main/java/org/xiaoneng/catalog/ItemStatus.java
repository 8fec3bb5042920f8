package org.xiaoneng.catalog;

/** Where a service item stands in the catalog. */
public enum ItemStatus {
    /** 草稿: never published; only its department sees it. */
    DRAFT,
    /** 已公布: its current version is in the public catalog (it may also have a draft of the next version). */
    PUBLISHED,
    /** 已撤销公布: withdrawn from the catalog, with a reason; its versions stay readable by id. */
    UNPUBLISHED
}
