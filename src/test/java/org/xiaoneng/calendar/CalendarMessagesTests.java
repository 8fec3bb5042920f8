package org.xiaoneng.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
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
 * Every calendar.* key the module's code and templates name — refusals, CSV problems, messages built at run time —
 * is in both bundles; a missing one would reach a person as a raw key.
 */
class CalendarMessagesTests {

    private static final Path MAIN = Path.of("src/main");
    /** String literals in code, {@code #{...}} and quoted prefixes in templates. */
    private static final Pattern KEY = Pattern.compile("(?:\"|#\\{|')(calendar\\.[A-Za-z0-9.]*[A-Za-z0-9])[\"}(']");

    @Test
    void everyKeyUsedIsInBothBundles() throws IOException {
        Set<String> used = new TreeSet<>();
        collect(MAIN.resolve("java/org/xiaoneng/calendar"), used);
        collect(MAIN.resolve("resources/templates/calendar"), used);
        for (DayKind kind : DayKind.values()) {
            used.add("calendar.kind." + kind);
            used.add("calendar.mark." + kind);
        }
        for (LimitUnit unit : LimitUnit.values()) {
            used.add("calendar.unit." + unit);
            used.add("calendar.calculator.explain." + unit);
        }
        for (int i = 1; i <= 12; i++) {
            used.add("calendar.month." + i);
        }
        for (int i = 1; i <= 7; i++) {
            used.add("calendar.weekday." + i);
        }
        Properties zh = load("calendar.properties");
        Properties en = load("calendar_en.properties");
        assertThat(used).hasSizeGreaterThan(40);
        assertThat(zh.stringPropertyNames()).containsAll(used);
        assertThat(en.stringPropertyNames()).containsAll(used);
    }

    private static void collect(Path root, Set<String> used) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Matcher matcher = KEY.matcher(Files.readString(file));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(MAIN.resolve("resources/messages/" + name), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
