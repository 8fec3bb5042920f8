package org.xiaoneng.organization.web;

import org.xiaoneng.organization.internal.PositionCommand;
import org.xiaoneng.organization.internal.PositionView;

/** The position form's fields; validated as a {@link PositionCommand}. */
public class PositionForm {

    private Long departmentId;
    private String code = "";
    private String name = "";
    private String responsibilities = "";
    private Long deputyPositionId;
    private Long holderStaffId;
    private Integer version;

    static PositionForm of(PositionView view) {
        PositionForm form = new PositionForm();
        form.departmentId = view.departmentId();
        form.code = view.code();
        form.name = view.name();
        form.responsibilities = view.responsibilities();
        form.deputyPositionId = view.deputyPositionId();
        form.holderStaffId = view.holderStaffId();
        form.version = view.version();
        return form;
    }

    PositionCommand toCommand() {
        return new PositionCommand(departmentId, code, name, responsibilities, deputyPositionId, holderStaffId,
                version);
    }

    public Long getDepartmentId() {
        return departmentId;
    }

    public void setDepartmentId(Long departmentId) {
        this.departmentId = departmentId;
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

    public String getResponsibilities() {
        return responsibilities;
    }

    public void setResponsibilities(String responsibilities) {
        this.responsibilities = responsibilities;
    }

    public Long getDeputyPositionId() {
        return deputyPositionId;
    }

    public void setDeputyPositionId(Long deputyPositionId) {
        this.deputyPositionId = deputyPositionId;
    }

    public Long getHolderStaffId() {
        return holderStaffId;
    }

    public void setHolderStaffId(Long holderStaffId) {
        this.holderStaffId = holderStaffId;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }
}
