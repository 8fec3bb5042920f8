package org.xiaoneng.casework.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Configuration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/**
 * Settings of the casework ({@code xiaoneng.casework.*}).
 *
 * @param serviceCenterCode the department code of the administrative service center (行政服务中心), whose staff see
 *                          every case received there
 */
@ConfigurationProperties("xiaoneng.casework")
record CaseworkProperties(@DefaultValue("XZFWZX") String serviceCenterCode) {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(CaseworkProperties.class)
    static class Enable {
    }
}
