package org.xiaoneng.catalog;

/** In which form a material is submitted (材料形式). */
public enum MaterialForm {
    /** 原件. */
    ORIGINAL,
    /** 复印件. */
    COPY,
    /** 原件和复印件: the original is checked and returned, the copy kept. */
    ORIGINAL_AND_COPY,
    /** 电子件. */
    ELECTRONIC
}
