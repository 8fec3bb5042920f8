package org.xiaoneng.platform.internal;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import org.xiaoneng.platform.PersonalData;

/**
 * Replaces logback's {@code %m}: ID and mobile numbers never reach the application log, whoever logs them.
 * Registered in {@code logback-spring.xml}; public because logback creates it by reflection.
 */
public class MaskingMessageConverter extends MessageConverter {

    @Override
    public String convert(ILoggingEvent event) {
        return PersonalData.maskText(super.convert(event));
    }
}
