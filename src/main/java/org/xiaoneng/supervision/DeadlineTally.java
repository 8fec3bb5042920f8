package org.xiaoneng.supervision;

/**
 * The watched deadlines of one department or of one item, by light, as the dashboard counts them.
 *
 * @param key  the department's id or the item's code: what a drill-down filters on
 * @param name the department's or item's name
 */
public record DeadlineTally(String key, String name, LightCounts counts) {
}
