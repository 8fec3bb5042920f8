package org.xiaoneng.platform.internal;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The clock every module is given (never {@code now()} in domain code), in the city's zone. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
class PlatformConfiguration {

    static final ZoneId CITY_ZONE = ZoneId.of("Asia/Shanghai");

    @Bean
    Clock clock() {
        return Clock.system(CITY_ZONE);
    }
}
