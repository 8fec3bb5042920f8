package org.xiaoneng.catalog.internal;

import java.time.Instant;

/** When and by whom (account name) something was done. */
record Stamp(Instant at, String by) {
}
