package org.xiaoneng.catalog.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xiaoneng.catalog.CatalogFile;
import org.xiaoneng.platform.CurrentActor;
import org.xiaoneng.platform.DomainException;
import org.xiaoneng.platform.OutOfScopeException;

/**
 * Blank forms and samples of an item's materials. Uploaded by those who may edit the item, stored with a SHA-256; a
 * file is readable by all staff once a published version names it, and before that only within the item's scope.
 */
@Service
@Transactional
public class FileService {

    /** Kinds of files a form or sample may be: documents, spreadsheets, images, archives. */
    static final Set<String> ALLOWED_TYPES = Set.of("application/pdf", "application/msword",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/vnd.ms-excel",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "image/png", "image/jpeg",
            "application/zip", "text/plain");
    // the servlet container refuses larger uploads before they get here (spring.servlet.multipart.max-file-size, 1 MB)
    static final long MAX_SIZE = 1024L * 1024;

    private final FileRepository files;
    private final ItemRepository items;
    private final CurrentActor currentActor;
    private final CatalogAudit audit;

    FileService(FileRepository files, ItemRepository items, CurrentActor currentActor, CatalogAudit audit) {
        this.files = files;
        this.items = items;
        this.currentActor = currentActor;
        this.audit = audit;
    }

    public FileRow upload(long itemId, String name, String contentType, byte[] content) {
        ServiceItem item = items.findLedWithin(itemId, currentActor.dataScope()).orElseThrow(() ->
                items.exists(itemId) ? new OutOfScopeException() : new Missing(ItemService.ITEM, itemId));
        String type = contentType.toLowerCase().split(";")[0].strip();
        if (!ALLOWED_TYPES.contains(type)) {
            throw new DomainException("catalog.file.typeNotAllowed", type);
        }
        if (content.length == 0 || content.length > MAX_SIZE) {
            throw new DomainException("catalog.file.tooLarge", MAX_SIZE / 1024 / 1024);
        }
        String cleanName = name.replaceAll("[\\\\/\\p{Cntrl}]", "_").strip();
        String fileName = cleanName.isEmpty() ? "file" : cleanName.substring(0, Math.min(200, cleanName.length()));
        String sha256 = sha256(content);
        long id = files.insert(itemId, fileName, type, content, sha256, audit.stamp());
        audit.changed("file", "uploaded", id, null, item.code() + ": " + fileName + " (" + content.length
                + " bytes, sha256 " + sha256 + ")", item.leadDepartmentId());
        return files.ofItem(itemId).stream().filter(f -> f.id() == id).findFirst().orElseThrow();
    }

    @Transactional(readOnly = true)
    public CatalogFile read(long fileId) {
        CatalogFile file = files.file(fileId).orElseThrow(() -> new Missing("file", fileId));
        if (!files.published(fileId)
                && !items.inScope(files.itemOf(fileId).orElseThrow(), currentActor.dataScope())) {
            throw new OutOfScopeException();
        }
        return file;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
