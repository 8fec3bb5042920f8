package org.xiaoneng.casework;

/** A material file with its bytes, handed out only after the caller's access to the case was checked. */
public record MaterialFileContent(MaterialFile file, byte[] content) {
}
