package org.xiaoneng.casework;

/** One line of a correction notice (一次性告知书): a material and what is wrong with it (missing or defective). */
public record NoticeLine(String material, MaterialStatus problem, String reason) {
}
