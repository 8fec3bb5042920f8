/**
 * Organization (清理职能, 职位职责说明, 外出代岗): the department tree, each department's functions with exactly one lead
 * department, positions with written responsibilities, staff assigned to positions, deputies (AB角) and absences.
 * Other modules use {@link org.xiaoneng.organization.OrganizationDirectory}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organization", allowedDependencies = "platform")
@org.jspecify.annotations.NullMarked
package org.xiaoneng.organization;
