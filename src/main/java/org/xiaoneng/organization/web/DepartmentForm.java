package org.xiaoneng.organization.web;

import org.xiaoneng.organization.internal.DepartmentCommand;
import org.xiaoneng.organization.internal.DepartmentKind;
import org.xiaoneng.organization.internal.DepartmentView;

/** The department form's fields (a bean for Thymeleaf's th:field); validated as a {@link DepartmentCommand}. */
public class DepartmentForm {

    private Long parentId;
    private String code = "";
    private String name = "";
    private DepartmentKind kind = DepartmentKind.OFFICE;
    private Integer sortOrder = 0;
    private Integer version;

    static DepartmentForm of(DepartmentView view) {
        DepartmentForm form = new DepartmentForm();
        form.parentId = view.parentId();
        form.code = view.code();
        form.name = view.name();
        form.kind = view.kind();
        form.sortOrder = view.sortOrder();
        form.version = view.version();
        return form;
    }

    DepartmentCommand toCommand() {
        return new DepartmentCommand(parentId, code, name, kind, sortOrder, version);
    }

    public Long getParentId() {
        return parentId;
    }

    public void setParentId(Long parentId) {
        this.parentId = parentId;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public DepartmentKind getKind() {
        return kind;
    }

    public void setKind(DepartmentKind kind) {
        this.kind = kind;
    }

    public Integer getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(Integer sortOrder) {
        this.sortOrder = sortOrder;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }
}
