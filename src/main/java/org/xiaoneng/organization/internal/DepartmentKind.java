package org.xiaoneng.organization.internal;

/** The level of a department in the tree (city → bureau → office). */
public enum DepartmentKind {
    /** The city (or county) itself: the root of the tree. */
    CITY,
    /** A bureau, commission or office directly under the city government (局、委、办、中心). */
    BUREAU,
    /** An office inside a bureau (科室、窗口). */
    OFFICE
}
