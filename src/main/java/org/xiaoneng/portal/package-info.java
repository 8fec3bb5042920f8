/**
 * Public portal (政务公开): the published item catalog to browse and search, a service guide (办事指南) per item with its
 * flow diagram (办事流程导引图), printable and as a PDF, the blank forms and samples to download, and the same catalog as
 * a public JSON API. Everything here is public and read-only; it reads the catalog only through
 * {@link org.xiaoneng.catalog.ItemCatalog}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Public portal",
        allowedDependencies = {"catalog", "organization", "platform"})
@org.jspecify.annotations.NullMarked
package org.xiaoneng.portal;
