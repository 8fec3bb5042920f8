package org.xiaoneng.platform.internal;

import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * One message bundle per module: {@code messages/<module>.properties} (Chinese, the default) and
 * {@code messages/<module>_en.properties}. Bundles are found on the class path, so a new module only adds its files.
 */
@Configuration(proxyBeanMethods = false)
class MessagesConfiguration {

    static final Locale DEFAULT_LOCALE = Locale.SIMPLIFIED_CHINESE;
    private static final Pattern LOCALIZED = Pattern.compile(".*_[a-z]{2}(_[A-Z]{2})?\\.properties");

    @Bean
    MessageSource messageSource() throws IOException {
        Resource[] resources = new PathMatchingResourcePatternResolver().getResources("classpath*:messages/*.properties");
        String[] basenames = Arrays.stream(resources)
                .map(Resource::getFilename)
                .filter(Objects::nonNull)
                .filter(name -> !LOCALIZED.matcher(name).matches())
                .map(name -> "classpath:messages/" + name.substring(0, name.length() - ".properties".length()))
                .distinct()
                .sorted()
                .toArray(String[]::new);
        ReloadableResourceBundleMessageSource source = new ReloadableResourceBundleMessageSource();
        source.setBasenames(basenames);
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        source.setDefaultLocale(DEFAULT_LOCALE);
        return source;
    }
}
