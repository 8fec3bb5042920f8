package org.xiaoneng.catalog;

/**
 * A legal basis (设定依据) of an item: a named document and the articles that apply.
 *
 * @param document the document's name, e.g. 《中华人民共和国行政许可法》
 * @param articles the articles, e.g. 第十二条; empty when the whole document applies
 */
public record LegalBasis(String document, String articles) {
}
