package org.xiaoneng.organization.web;

import org.xiaoneng.organization.internal.StaffCommand;
import org.xiaoneng.organization.internal.StaffView;

/** The staff form's fields; validated as a {@link StaffCommand}. */
public class StaffForm {

    private Long departmentId;
    private String name = "";
    private String employeeNumber = "";
    private String mobile = "";
    private String account = "";
    private Integer version;

    static StaffForm of(StaffView view) {
        StaffForm form = new StaffForm();
        form.departmentId = view.departmentId();
        form.name = view.name();
        form.employeeNumber = view.employeeNumber();
        form.mobile = view.mobile() == null ? "" : view.mobile();
        form.account = view.account() == null ? "" : view.account();
        form.version = view.version();
        return form;
    }

    StaffCommand toCommand() {
        return new StaffCommand(departmentId, name, employeeNumber, mobile, account, version);
    }

    public Long getDepartmentId() {
        return departmentId;
    }

    public void setDepartmentId(Long departmentId) {
        this.departmentId = departmentId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmployeeNumber() {
        return employeeNumber;
    }

    public void setEmployeeNumber(String employeeNumber) {
        this.employeeNumber = employeeNumber;
    }

    public String getMobile() {
        return mobile;
    }

    public void setMobile(String mobile) {
        this.mobile = mobile;
    }

    public String getAccount() {
        return account;
    }

    public void setAccount(String account) {
        this.account = account;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }
}
