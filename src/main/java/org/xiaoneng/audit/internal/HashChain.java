package org.xiaoneng.audit.internal;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.jspecify.annotations.Nullable;
import org.xiaoneng.audit.AuditEntry;

/**
 * The hash of an audit entry: SHA-256, as lowercase hex, over a canonical encoding of the entry's previous hash and
 * every stored field, so that anyone holding the table can check the chain with a few lines of any language.
 *
 * <p>Encoding: the UTF-8 bytes of {@value #VERSION}, then for each field in this order — prev_hash, seq, occurred_at,
 * recorded_at, account, position, deputy_for, address, action, record_type, record_id, department_id, before_summary,
 * after_summary — a 4-byte big-endian length followed by that many bytes of UTF-8 text, or the length -1 and no bytes
 * for null. Numbers are written in decimal; instants in UTC as {@code yyyy-MM-ddTHH:mm:ss.SSSSSSZ} (microseconds,
 * what PostgreSQL keeps). The length prefixes make the encoding unambiguous: moving text from one field to the next,
 * or turning an empty text into null, changes the hash.
 */
public final class HashChain {

    /** The previous hash of the first entry. */
    public static final String GENESIS = "0".repeat(64);

    static final String VERSION = "xiaoneng-audit-v1";

    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
            .withZone(ZoneOffset.UTC);

    private HashChain() {
    }

    /** The hash of the entry, computed from every field but its stored {@code hash}. */
    public static String hash(AuditEntry entry) {
        return hex(sha256(canonical(entry)));
    }

    /** The entry with its hash filled in. */
    public static AuditEntry seal(AuditEntry draft) {
        return new AuditEntry(draft.seq(), draft.occurredAt(), draft.recordedAt(), draft.account(), draft.position(),
                draft.deputyFor(), draft.address(), draft.action(), draft.recordType(), draft.recordId(),
                draft.departmentId(), draft.before(), draft.after(), draft.prevHash(), hash(draft));
    }

    static byte[] canonical(AuditEntry entry) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        out.writeBytes(VERSION.getBytes(StandardCharsets.UTF_8));
        field(out, entry.prevHash());
        field(out, Long.toString(entry.seq()));
        field(out, instant(entry.occurredAt()));
        field(out, instant(entry.recordedAt()));
        field(out, entry.account());
        field(out, entry.position());
        field(out, entry.deputyFor());
        field(out, entry.address());
        field(out, entry.action());
        field(out, entry.recordType());
        field(out, entry.recordId());
        field(out, entry.departmentId() == null ? null : Long.toString(entry.departmentId()));
        field(out, entry.before());
        field(out, entry.after());
        return out.toByteArray();
    }

    static String instant(Instant instant) {
        return INSTANT.format(instant);
    }

    private static void field(ByteArrayOutputStream out, @Nullable String value) {
        if (value == null) {
            out.writeBytes(ByteBuffer.allocate(4).putInt(-1).array());
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeBytes(ByteBuffer.allocate(4).putInt(bytes.length).array());
        out.writeBytes(bytes);
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static String hex(byte[] bytes) {
        return java.util.HexFormat.of().formatHex(bytes);
    }
}
