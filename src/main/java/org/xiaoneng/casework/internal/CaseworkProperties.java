package org.xiaoneng.casework.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Configuration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/**
 * Settings of the casework ({@code xiaoneng.casework.*}).
 *
 * @param serviceCenterCode the department code of the administrative service center (行政服务中心), whose staff see
 *                          every case received there
 * @param contactPhone      the service center's enquiry phone, printed on notices and shown to applicants
 * @param complaintPhone    where applicants complain (投诉电话), printed on notices
 * @param maxFileSize       the largest material file (申请材料附件) accepted; keep
 *                          {@code spring.servlet.multipart.max-file-size} at least this large
 */
@ConfigurationProperties("xiaoneng.casework")
record CaseworkProperties(@DefaultValue("XZFWZX") String serviceCenterCode,
        @DefaultValue("12345") String contactPhone, @DefaultValue("12345") String complaintPhone,
        @DefaultValue("10MB") DataSize maxFileSize) {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(CaseworkProperties.class)
    static class Enable {
    }
}
