package org.xiaoneng.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.xiaoneng.audit.AuditEntry;

class HashChainTests {

    static final AuditEntry FIRST = new AuditEntry(1, Instant.parse("2026-11-28T02:03:04.123456Z"),
            Instant.parse("2026-11-28T02:03:04.500Z"), "deptadmin1", "综合管理岗", null, "127.0.0.1",
            "organization.position.created", "position", "42", 7L, null, "承办岗B", HashChain.GENESIS, "");

    /**
     * Known answers computed outside Java (Python's hashlib and struct, from the encoding described in HashChain's
     * Javadoc), so that an external checker and this code agree byte for byte.
     */
    @Test
    void matchesAnIndependentImplementationOfTheDocumentedEncoding() {
        String first = HashChain.hash(FIRST);
        assertThat(first).isEqualTo("8b74f1f7a2807825e59e3009bc2853aa860ca169499bb5db7bf5f9340e853b94");

        AuditEntry second = new AuditEntry(2, Instant.parse("2026-11-28T02:05:00.000001Z"),
                Instant.parse("2026-11-28T02:05:00.000002Z"), "handler2", "承办岗B", "承办岗", null,
                "organization.absence.marked", "staff", "5", null, "", "外出 2026-12-01..2026-12-03", first, "");
        assertThat(HashChain.hash(second))
                .isEqualTo("23ad27e3e208bb9d7e28da48b179d4de9049e2bd36416099df326a9a0314d3f5");
    }

    static Stream<Arguments> changesOfOneField() {
        return Stream.of(
                change("prevHash", e -> copy(e, 13, "1".repeat(64))),
                change("seq", e -> copy(e, 0, 2L)),
                change("occurredAt", e -> copy(e, 1, e.occurredAt().plusNanos(1000))),
                change("recordedAt", e -> copy(e, 2, e.recordedAt().minusNanos(1000))),
                change("account", e -> copy(e, 3, "deptadmin2")),
                change("position", e -> copy(e, 4, "综合管理岗 ")),
                change("deputyFor", e -> copy(e, 5, "承办岗")),
                change("address", e -> copy(e, 6, "127.0.0.2")),
                change("action", e -> copy(e, 7, "organization.position.updated")),
                change("recordType", e -> copy(e, 8, "positions")),
                change("recordId", e -> copy(e, 9, "43")),
                change("departmentId", e -> copy(e, 10, 8L)),
                change("departmentId to null", e -> copy(e, 10, null)),
                change("before", e -> copy(e, 11, "")),
                change("after", e -> copy(e, 12, "承办岗C")),
                change("after to null", e -> copy(e, 12, null)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changesOfOneField")
    void changingAnyStoredFieldChangesTheHash(String field, UnaryOperator<AuditEntry> change) {
        assertThat(HashChain.hash(change.apply(FIRST))).isNotEqualTo(HashChain.hash(FIRST));
    }

    @Test
    void movingTextFromOneFieldToTheNextChangesTheHash() {
        AuditEntry split1 = copy(copy(FIRST, 11, "承办"), 12, "岗B");
        AuditEntry split2 = copy(copy(FIRST, 11, "承办岗"), 12, "B");
        AuditEntry accountPosition = copy(copy(FIRST, 3, "deptadmin1综合"), 4, "管理岗");

        assertThat(HashChain.canonical(split1)).isNotEqualTo(HashChain.canonical(split2));
        assertThat(HashChain.hash(split1)).isNotEqualTo(HashChain.hash(split2));
        assertThat(HashChain.hash(accountPosition)).isNotEqualTo(HashChain.hash(FIRST));
    }

    @Test
    void anEmptyTextIsNotNull() {
        assertThat(HashChain.hash(copy(FIRST, 11, ""))).isNotEqualTo(HashChain.hash(FIRST));
    }

    @Test
    void instantsAreHashedAtTheMicrosecondsPostgresqlKeeps() {
        AuditEntry withNanos = copy(FIRST, 1, Instant.parse("2026-11-28T02:03:04.123456789Z"));

        assertThat(withNanos.occurredAt()).isEqualTo(Instant.parse("2026-11-28T02:03:04.123456Z"));
        assertThat(HashChain.hash(withNanos)).isEqualTo(HashChain.hash(FIRST));
        assertThat(HashChain.instant(Instant.parse("2026-01-01T00:00:00Z"))).isEqualTo("2026-01-01T00:00:00.000000Z");
    }

    @Test
    void sealingFillsInTheHashOfEveryOtherField() {
        AuditEntry sealed = HashChain.seal(FIRST);

        assertThat(sealed.hash()).hasSize(64).isEqualTo(HashChain.hash(FIRST));
        assertThat(HashChain.hash(sealed)).as("the stored hash is not part of what is hashed").isEqualTo(sealed.hash());
        assertThat(sealed).usingRecursiveComparison().ignoringFields("hash").isEqualTo(FIRST);
    }

    private static Arguments change(String field, UnaryOperator<AuditEntry> change) {
        return Arguments.of(field, change);
    }

    /** A copy of the entry with one component (by index, in declaration order) replaced. */
    static AuditEntry copy(AuditEntry e, int index, Object value) {
        Object[] c = {e.seq(), e.occurredAt(), e.recordedAt(), e.account(), e.position(), e.deputyFor(), e.address(),
            e.action(), e.recordType(), e.recordId(), e.departmentId(), e.before(), e.after(), e.prevHash(), e.hash()};
        c[index] = value;
        return new AuditEntry((Long) c[0], (Instant) c[1], (Instant) c[2], (String) c[3], (String) c[4],
                (String) c[5], (String) c[6], (String) c[7], (String) c[8], (String) c[9], (Long) c[10],
                (String) c[11], (String) c[12], (String) c[13], (String) c[14]);
    }
}
