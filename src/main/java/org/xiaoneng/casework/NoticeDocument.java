package org.xiaoneng.casework;

/**
 * A written notice (文书) rendered as PDF, ready to be handed out.
 *
 * @param filename the download name: case number and the notice's title
 * @param pdf      the document
 */
public record NoticeDocument(String filename, byte[] pdf) {
}
