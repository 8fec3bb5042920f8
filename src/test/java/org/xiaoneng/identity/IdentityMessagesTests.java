package org.xiaoneng.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The identity bundles are in sync, and every key the module's templates and code ask for is in them (role names,
 * refusals, flash messages) — a missing one would show as a raw key to the person.
 */
class IdentityMessagesTests {

    private static final Path MAIN = Path.of("src/main");
    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{(identity\\.[A-Za-z0-9.]+)");
    private static final Pattern CODE_KEY = Pattern.compile(
            "(?:Exception\\(|message\\(|\"message\", |\"grantMessage\", )\"(identity\\.[A-Za-z0-9.]*[A-Za-z0-9])\"");

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(MAIN.resolve("resources/messages/" + name));
             Reader reader = new java.io.InputStreamReader(in, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    @Test
    void chineseAndEnglishHaveTheSameKeysAndNoEmptyText() throws IOException {
        Properties zh = load("identity.properties");
        Properties en = load("identity_en.properties");
        assertThat(en.stringPropertyNames()).isEqualTo(zh.stringPropertyNames());
        assertThat(zh.stringPropertyNames()).allMatch(key -> key.startsWith("identity."));
        for (String key : zh.stringPropertyNames()) {
            assertThat(zh.getProperty(key)).as(key).isNotBlank();
            assertThat(en.getProperty(key)).as(key).isNotBlank();
        }
    }

    @Test
    void everyKeyUsedExists() throws IOException {
        Set<String> keys = load("identity.properties").stringPropertyNames();
        Set<String> used = new TreeSet<>();
        collect(MAIN.resolve("resources/templates/identity"), TEMPLATE_KEY, used);
        collect(MAIN.resolve("java/org/xiaoneng/identity"), CODE_KEY, used);
        // keys built at run time
        for (Role role : Role.values()) {
            used.add("identity.role." + role.name());
        }
        for (String kind : new String[] {"UPPER", "LOWER", "DIGIT", "SYMBOL"}) {
            used.add("identity.password.class." + kind);
        }
        for (int count = 1; count <= 4; count++) {
            used.add("identity.password.list." + count);
        }
        assertThat(used).hasSizeGreaterThan(60);
        assertThat(keys).containsAll(used);
    }

    private static void collect(Path root, Pattern pattern, Set<String> into) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Matcher matcher = pattern.matcher(Files.readString(file));
                while (matcher.find()) {
                    into.add(matcher.group(1));
                }
            }
        }
    }
}
