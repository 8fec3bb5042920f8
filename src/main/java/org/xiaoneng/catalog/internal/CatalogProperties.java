package org.xiaoneng.catalog.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the catalog ({@code xiaoneng.catalog.*}).
 *
 * @param similarityThreshold the pg_trgm similarity (0–1) from which two item names of different departments count as
 *                            near-duplicates in the one-matter-one-department report; the same 0.4 as the
 *                            organization's function overlap report, which finds "食品卫生许可证核发" /
 *                            "食品流通许可证核发" and leaves names that share only a common word out
 */
@ConfigurationProperties("xiaoneng.catalog")
record CatalogProperties(@DefaultValue("0.4") double similarityThreshold) {
}
