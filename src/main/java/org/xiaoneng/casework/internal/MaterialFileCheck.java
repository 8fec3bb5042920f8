package org.xiaoneng.casework.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.xiaoneng.platform.DomainException;

/**
 * The one check every uploaded material file passes, from the window or (later) the portal: not empty, not larger
 * than the limit, a PDF, JPEG or PNG by its first bytes, and the declared content type and the filename's extension
 * agreeing with what the bytes are. The filename loses any path parts and control characters. Each refusal is a
 * {@link DomainException} naming the file and the reason.
 */
public final class MaterialFileCheck {

    public static final int MAX_FILENAME_LENGTH = 200;
    private static final String OCTET_STREAM = "application/octet-stream";

    /** An allowed kind of file: its content type, its extensions, its magic bytes. */
    enum Kind {
        PDF("application/pdf", Set.of("pdf"), new byte[] {'%', 'P', 'D', 'F', '-'}),
        JPEG("image/jpeg", Set.of("jpg", "jpeg"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
        PNG("image/png", Set.of("png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});

        final String contentType;
        final Set<String> extensions;
        final byte[] magic;

        Kind(String contentType, Set<String> extensions, byte[] magic) {
            this.contentType = contentType;
            this.extensions = extensions;
            this.magic = magic;
        }

        boolean matches(byte[] content) {
            return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
        }

        static @Nullable Kind ofContent(byte[] content) {
            for (Kind kind : values()) {
                if (kind.matches(content)) {
                    return kind;
                }
            }
            return null;
        }

        static @Nullable Kind ofExtension(String extension) {
            for (Kind kind : values()) {
                if (kind.extensions.contains(extension)) {
                    return kind;
                }
            }
            return null;
        }
    }

    /** A file that passed: its clean filename, the content type its bytes show, its size and SHA-256 (hex). */
    public record Checked(String filename, String contentType, long size, String sha256) {
    }

    private final long maxBytes;

    public MaterialFileCheck(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public Checked check(@Nullable String originalFilename, @Nullable String declaredType, byte[] content) {
        String filename = sanitize(originalFilename);
        if (content.length == 0) {
            throw new DomainException("casework.file.empty", filename);
        }
        if (content.length > maxBytes) {
            throw new DomainException("casework.file.tooLarge", filename, content.length, maxBytes);
        }
        int dot = filename.lastIndexOf('.');
        Kind byExtension = dot < 0 ? null : Kind.ofExtension(filename.substring(dot + 1).toLowerCase(Locale.ROOT));
        if (byExtension == null) {
            throw new DomainException("casework.file.typeNotAllowed", filename);
        }
        Kind byContent = Kind.ofContent(content);
        if (byContent == null) {
            throw new DomainException("casework.file.contentNotAllowed", filename);
        }
        if (byContent != byExtension) {
            throw new DomainException("casework.file.contentMismatch", filename, byExtension.name(), byContent.name());
        }
        String declared = declaredType == null ? "" : declaredType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        // a missing or generic declared type says nothing; any other must be what the content is
        if (!declared.isEmpty() && !declared.equals(OCTET_STREAM) && !declared.equals(byContent.contentType)
                && !(byContent == Kind.JPEG && declared.equals("image/pjpeg"))) {
            throw new DomainException("casework.file.contentMismatch", filename, declared, byContent.name());
        }
        return new Checked(filename, byContent.contentType, content.length, sha256(content));
    }

    /** The last path part, without control characters, trimmed; refused when nothing is left or it is too long. */
    static String sanitize(@Nullable String original) {
        String name = original == null ? "" : original;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            throw new DomainException("casework.file.nameMissing");
        }
        if (name.length() > MAX_FILENAME_LENGTH) {
            throw new DomainException("casework.file.nameTooLong", name.substring(0, 40) + "…", MAX_FILENAME_LENGTH);
        }
        return name;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
