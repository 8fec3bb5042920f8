package org.xiaoneng.casework.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;
import org.xiaoneng.platform.DomainException;

class MaterialFileCheckTests {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0};
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};

    final MaterialFileCheck check = new MaterialFileCheck(64);

    static String refusal(Runnable upload) {
        try {
            upload.run();
        } catch (DomainException e) {
            return e.messageKey();
        }
        throw new AssertionError("not refused");
    }

    @Test
    void pdfJpegAndPngPassWhenNameTypeAndContentAgree() throws Exception {
        MaterialFileCheck.Checked pdf = check.check("营业执照.pdf", "application/pdf", PDF);
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        assertThat(pdf.size()).isEqualTo(PDF.length);
        assertThat(pdf.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PDF)));
        assertThat(check.check("photo.JPG", "image/jpeg", JPEG).contentType()).isEqualTo("image/jpeg");
        assertThat(check.check("scan.jpeg", null, JPEG).contentType()).isEqualTo("image/jpeg");
        // a generic declared type says nothing; the content decides
        assertThat(check.check("seal.png", "application/octet-stream", PNG).contentType()).isEqualTo("image/png");
    }

    @Test
    void aPdfWhoseContentIsPngIsRefused() {
        assertThat(refusal(() -> check.check("委派书.pdf", "application/pdf", PNG)))
                .isEqualTo("casework.file.contentMismatch");
        // the declared type must agree too
        assertThat(refusal(() -> check.check("seal.png", "application/pdf", PNG)))
                .isEqualTo("casework.file.contentMismatch");
    }

    @Test
    void otherTypesEmptyAndOversizeFilesAreRefused() {
        assertThat(refusal(() -> check.check("run.exe", "application/pdf", PDF)))
                .isEqualTo("casework.file.typeNotAllowed");
        assertThat(refusal(() -> check.check("noextension", null, PDF))).isEqualTo("casework.file.typeNotAllowed");
        assertThat(refusal(() -> check.check("page.pdf", "application/pdf",
                "<html>".getBytes(StandardCharsets.US_ASCII)))).isEqualTo("casework.file.contentNotAllowed");
        assertThat(refusal(() -> check.check("empty.pdf", "application/pdf", new byte[0])))
                .isEqualTo("casework.file.empty");
        byte[] big = new byte[65];
        System.arraycopy(PDF, 0, big, 0, 5);
        DomainException oversize = (DomainException) org.assertj.core.api.Assertions
                .catchThrowable(() -> check.check("big.pdf", "application/pdf", big));
        assertThat(oversize.messageKey()).isEqualTo("casework.file.tooLarge");
        assertThat(oversize.arguments()).containsExactly("big.pdf", 65, 64L);
    }

    @Test
    void theFilenameLosesItsPathAndIsLengthLimited() {
        assertThat(check.check("C:\\Users\\张三\\..\\申请书.pdf", null, PDF).filename()).isEqualTo("申请书.pdf");
        assertThat(check.check("../../etc/a\r\n.pdf", null, PDF).filename()).isEqualTo("a.pdf");
        assertThat(refusal(() -> check.check("dir/", null, PDF))).isEqualTo("casework.file.nameMissing");
        assertThatThrownBy(() -> check.check("x".repeat(201) + ".pdf", null, PDF))
                .isInstanceOf(DomainException.class).hasMessage("casework.file.nameTooLong");
    }
}
