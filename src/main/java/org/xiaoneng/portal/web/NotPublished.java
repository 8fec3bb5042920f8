package org.xiaoneng.portal.web;

import org.xiaoneng.platform.NotFoundException;

/**
 * What the public asked for is not in the published catalog (never published, withdrawn, or no such thing). Answers 404
 * with a message for the public rather than the staff's "or you may not see it".
 */
final class NotPublished extends NotFoundException {

    private final String key;
    private final String id;

    private NotPublished(String kind, Object id) {
        super(kind, id);
        this.key = "portal.notFound." + kind;
        this.id = String.valueOf(id);
    }

    static NotPublished item(String code) {
        return new NotPublished("item", code);
    }

    static NotPublished version(long versionId) {
        return new NotPublished("version", versionId);
    }

    static NotPublished file(long fileId) {
        return new NotPublished("file", fileId);
    }

    @Override
    public String messageKey() {
        return key;
    }

    @Override
    public Object[] arguments() {
        return new Object[] {id};
    }
}
