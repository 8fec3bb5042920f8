package org.xiaoneng.casework;

import java.time.Instant;

/**
 * A material file (申请材料附件) of a case: what is known about it, without its bytes. Files never change; a
 * replacement is another file of the same material.
 *
 * @param material    the material's name as the case's item lists it
 * @param filename    the uploader's filename, without path parts
 * @param contentType {@code application/pdf}, {@code image/jpeg} or {@code image/png}, as the content shows
 * @param sha256      the SHA-256 of the bytes, lowercase hex
 */
public record MaterialFile(long id, long caseId, String material, String filename, String contentType, long size,
        String sha256, String uploadedBy, Instant uploadedAt) {
}
