package org.xiaoneng.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.function.UnaryOperator;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xiaoneng.audit.AuditEntry;
import org.xiaoneng.audit.ChainVerification;
import org.xiaoneng.audit.ChainVerification.Reason;

class ChainVerifierTests {

    private static final int PAGE = 3;

    private final ChainVerifier verifier = new ChainVerifier(PAGE);

    @Test
    void anIntactChainIsValid() {
        InMemoryChain chain = InMemoryChain.of(10);

        assertThat(verifier.verify(chain)).isEqualTo(ChainVerification.intact(10));
        assertThat(chain.largestPageAskedFor).isLessThanOrEqualTo(PAGE);
        assertThat(chain.pagesRead).as("read a page at a time").isGreaterThanOrEqualTo(4);
    }

    @Test
    void anEmptyChainIsValid() {
        assertThat(verifier.verify(InMemoryChain.of(0))).isEqualTo(ChainVerification.intact(0));
    }

    @Test
    void anAlteredFieldNamesThatEntry() {
        InMemoryChain chain = InMemoryChain.of(10);
        chain.replace(5, e -> HashChainTests.copy(e, 12, e.after() + " (altered)"));

        assertThat(verifier.verify(chain)).isEqualTo(ChainVerification.broken(5, 5, Reason.HASH_MISMATCH));
    }

    @Test
    void anAlteredEntryWhoseHashWasRecomputedBreaksTheNextLink() {
        InMemoryChain chain = InMemoryChain.of(10);
        chain.replace(5, e -> HashChain.seal(HashChainTests.copy(e, 3, "somebody-else")));

        assertThat(verifier.verify(chain)).isEqualTo(ChainVerification.broken(6, 6, Reason.BROKEN_LINK));
    }

    @Test
    void aChainRewrittenToTheEndNoLongerMeetsItsHead() {
        InMemoryChain chain = InMemoryChain.of(10);
        String previous = chain.entries.get(3).hash();
        for (int seq = 5; seq <= 10; seq++) {
            String prev = previous;
            chain.replace(seq, e -> HashChain.seal(HashChainTests.copy(HashChainTests.copy(e, 3, "forger"), 13, prev)));
            previous = chain.entries.get(seq - 1).hash();
        }

        assertThat(verifier.verify(chain)).isEqualTo(ChainVerification.broken(10, 10, Reason.BROKEN_LINK));
    }

    @Test
    void reorderingTwoEntriesBreaksTheChain() {
        InMemoryChain chain = InMemoryChain.of(10);
        AuditEntry fourth = chain.entries.get(3);
        AuditEntry fifth = chain.entries.get(4);
        chain.entries.set(3, HashChainTests.copy(fifth, 0, 4L));
        chain.entries.set(4, HashChainTests.copy(fourth, 0, 5L));

        assertThat(verifier.verify(chain)).isEqualTo(ChainVerification.broken(4, 4, Reason.BROKEN_LINK));
    }

    @Test
    void aDeletedEntryIsAGapAtItsSeq() {
        InMemoryChain chain = InMemoryChain.of(10);
        chain.entries.remove(4);

        assertThat(verifier.verify(chain)).isEqualTo(ChainVerification.broken(5, 5, Reason.GAP));
    }

    @Test
    void entriesCutOffTheEndAreAGap() {
        InMemoryChain chain = InMemoryChain.of(10);
        chain.entries.remove(9);
        chain.entries.remove(8);

        assertThat(verifier.verify(chain)).isEqualTo(ChainVerification.broken(8, 9, Reason.GAP));
    }

    @Test
    void entriesAppendedAfterTheHeadWasReadAreLeftForTheNextCheck() {
        InMemoryChain chain = InMemoryChain.of(10);
        ChainHead head = chain.head();
        chain.appendRandom(new Random(1));
        chain.head = head;

        assertThat(verifier.verify(chain)).isEqualTo(ChainVerification.intact(10));
    }

    /** Any single change to any field of any entry is found, at that entry. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 5, 8, 13, 21, 34, 55, 89})
    void randomTamperingIsFoundAtTheTamperedEntry(long seed) {
        Random random = new Random(seed);
        InMemoryChain chain = InMemoryChain.of(1 + random.nextInt(40));
        int seq = 1 + random.nextInt(chain.entries.size());
        int field = 1 + random.nextInt(13);
        chain.replace(seq, e -> HashChainTests.copy(e, field, mutated(e, field)));

        ChainVerification result = verifier.verify(chain);

        assertThat(result.valid()).isFalse();
        assertThat(result.firstBrokenSeq()).isEqualTo(seq);
    }

    private static Object mutated(AuditEntry e, int field) {
        return switch (field) {
            case 1 -> e.occurredAt().plusSeconds(1);
            case 2 -> e.recordedAt().plusSeconds(1);
            case 10 -> e.departmentId() == null ? 1L : e.departmentId() + 1;
            default -> "x";
        };
    }

    /** A chain in a list, with the same paging contract as the database. */
    static final class InMemoryChain implements ChainSource {

        final List<AuditEntry> entries = new ArrayList<>();
        ChainHead head = new ChainHead(0, HashChain.GENESIS);
        int largestPageAskedFor;
        int pagesRead;

        static InMemoryChain of(int size) {
            InMemoryChain chain = new InMemoryChain();
            Random random = new Random(size);
            for (int i = 0; i < size; i++) {
                chain.appendRandom(random);
            }
            return chain;
        }

        void appendRandom(Random random) {
            long seq = entries.size() + 1;
            String prev = entries.isEmpty() ? HashChain.GENESIS : entries.get(entries.size() - 1).hash();
            Instant at = Instant.parse("2026-11-28T00:00:00Z").plusNanos(random.nextLong(1_000_000_000_000L));
            entries.add(HashChain.seal(new AuditEntry(seq, at, at.plusMillis(5), "user" + random.nextInt(5),
                    random.nextBoolean() ? "承办岗" : null, random.nextBoolean() ? "审核岗" : null, "10.0.0.1",
                    "organization.staff.updated", "staff", Long.toString(random.nextInt(100)),
                    random.nextBoolean() ? (long) random.nextInt(20) : null, "before " + seq, "after " + seq, prev, "")));
            head = new ChainHead(seq, entries.get(entries.size() - 1).hash());
        }

        void replace(int seq, UnaryOperator<AuditEntry> change) {
            entries.set(seq - 1, change.apply(entries.get(seq - 1)));
        }

        /** The head as the appender left it, whatever was done to the rows since. */
        @Override
        public ChainHead head() {
            return head;
        }

        @Override
        public List<AuditEntry> entriesAfter(long afterSeq, long untilSeq, int limit) {
            pagesRead++;
            largestPageAskedFor = Math.max(largestPageAskedFor, limit);
            return entries.stream()
                    .filter(e -> e.seq() > afterSeq && e.seq() <= untilSeq)
                    .sorted(Comparator.comparingLong(AuditEntry::seq))
                    .limit(limit)
                    .toList();
        }
    }
}
