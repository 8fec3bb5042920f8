package org.xiaoneng.organization.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the organization module ({@code xiaoneng.organization.*}).
 *
 * @param overlapThreshold the pg_trgm similarity (0–1) from which two function names of different departments count
 *                         as near-identical in the overlap report. 0.4 finds "城市市容管理" / "城市市容环境管理" (0.45)
 *                         and "价格监督检查" / "市场价格监督检查" (0.45), and leaves names that share only a common
 *                         prefix such as "行政复议" / "行政监察" (0.25) out.
 */
@ConfigurationProperties("xiaoneng.organization")
record OrganizationProperties(@DefaultValue("0.4") double overlapThreshold) {
}
