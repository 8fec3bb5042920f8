package org.xiaoneng.organization.web;

import java.util.ArrayList;
import java.util.List;

import org.xiaoneng.organization.internal.FunctionCommand;
import org.xiaoneng.organization.internal.FunctionView;

/** The function form's fields; validated as a {@link FunctionCommand}. */
public class FunctionForm {

    private String code = "";
    private String name = "";
    private String description = "";
    private Long leadDepartmentId;
    private List<Long> claimDepartmentIds = new ArrayList<>();
    private Integer version;

    static FunctionForm of(FunctionView view) {
        FunctionForm form = new FunctionForm();
        form.code = view.code();
        form.name = view.name();
        form.description = view.description();
        form.leadDepartmentId = view.leadDepartmentId();
        form.claimDepartmentIds = new ArrayList<>(view.claimDepartmentIds());
        form.version = view.version();
        return form;
    }

    FunctionCommand toCommand() {
        return new FunctionCommand(code, name, description, leadDepartmentId,
                claimDepartmentIds == null ? List.of() : List.copyOf(claimDepartmentIds), version);
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

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Long getLeadDepartmentId() {
        return leadDepartmentId;
    }

    public void setLeadDepartmentId(Long leadDepartmentId) {
        this.leadDepartmentId = leadDepartmentId;
    }

    public List<Long> getClaimDepartmentIds() {
        return claimDepartmentIds;
    }

    public void setClaimDepartmentIds(List<Long> claimDepartmentIds) {
        this.claimDepartmentIds = claimDepartmentIds;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }
}
