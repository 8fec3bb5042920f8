package org.xiaoneng.catalog;

/** The public service commitments (服务承诺) of an item: quality, attitude and time. Each may be empty. */
public record Commitments(String quality, String attitude, String time) {

    public static Commitments none() {
        return new Commitments("", "", "");
    }
}
