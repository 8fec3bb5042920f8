package org.xiaoneng.audit.internal;

/**
 * Where the chain ends: the last entry's seq (0 before the first) and hash ({@link HashChain#GENESIS} before it).
 */
public record ChainHead(long lastSeq, String lastHash) {
}
