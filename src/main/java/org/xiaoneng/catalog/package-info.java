/**
 * Item catalog (事项目录, 审批事项目录管理并公示): service items (政务服务事项) with their conditions, materials, legal
 * basis, limits, fees and process (办理流程), edited as drafts and published as immutable, numbered versions. Running
 * cases, service guides, correction notices and fee checks read the catalog through
 * {@link org.xiaoneng.catalog.ItemCatalog}; publishing and unpublishing are announced as
 * {@link org.xiaoneng.catalog.ItemPublished} and {@link org.xiaoneng.catalog.ItemUnpublished}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Catalog",
        allowedDependencies = {"organization", "platform"})
@org.jspecify.annotations.NullMarked
package org.xiaoneng.catalog;
