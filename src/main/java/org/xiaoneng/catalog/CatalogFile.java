package org.xiaoneng.catalog;

/**
 * An uploaded blank form or sample of a material, with its bytes. Files never change: a new upload gets a new id.
 *
 * @param sha256 hex SHA-256 of the content, for integrity checks and ETags
 */
public record CatalogFile(long id, String name, String contentType, long size, String sha256, byte[] content) {
}
