package org.xiaoneng.supervision;

/** Whether a watched deadline's clock runs. */
public enum DeadlineState {
    /** The clock runs; the sweep changes the light as time passes. */
    OPEN,
    /** A special procedure stopped the clock (行政许可法 art. 45): the light stands still until the clock runs again. */
    SUSPENDED,
    /** Ended (decided, accepted, task done, closed, withdrawn): no longer watched; the last light stays on record. */
    CLOSED
}
