package org.xiaoneng.casework;

/**
 * A published item the caller may receive applications for at the window (收件): its current version, by code.
 *
 * @param versionId      the current published version, under which a case would be received
 * @param leadDepartment the lead department's name
 */
public record ReceivableItem(long versionId, String code, String name, String leadDepartment) {
}
