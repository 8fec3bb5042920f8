package org.xiaoneng.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.attoparser.config.ParseConfiguration;
import org.attoparser.simple.AbstractSimpleMarkupHandler;
import org.attoparser.simple.SimpleMarkupParser;
import org.junit.jupiter.api.Test;

/**
 * Keeps the UI in the message bundles: every bundle has the same keys in Chinese and English, every key used in a
 * template or by a domain exception exists, and no template carries literal text a person would read.
 */
class I18nTests {

    private static final Path MESSAGES = Path.of("src/main/resources/messages");
    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.\\-]+)");
    private static final Pattern CODE_KEY = Pattern.compile(
            "(?:Exception|DomainException)\\(\\s*\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9]+)+)\"");
    private static final Pattern READABLE = Pattern.compile("[\\p{IsHan}\\p{IsLatin}]");
    private static final Set<String> TEXT_ATTRIBUTES = Set.of("placeholder", "title", "alt", "aria-label");
    private static final Set<String> REPLACING_ATTRIBUTES = Set.of("th:text", "th:utext", "th:replace", "th:insert",
            "sec:authentication", "th:remove", "layout:fragment", "layout:title-pattern");

    @Test
    void everyBundleHasTheSameKeysInChineseAndEnglishAndNoEmptyValue() throws IOException {
        List<Path> bases = bundleFiles().filter(p -> !p.getFileName().toString().contains("_")).toList();
        assertThat(bases).isNotEmpty();
        for (Path base : bases) {
            Path english = base.resolveSibling(base.getFileName().toString().replace(".properties", "_en.properties"));
            assertThat(english).as("English bundle for %s", base).exists();
            Properties zh = load(base);
            Properties en = load(english);
            assertThat(en.stringPropertyNames()).as("keys of %s vs %s", english, base)
                    .containsExactlyInAnyOrderElementsOf(zh.stringPropertyNames());
            zh.forEach((k, v) -> assertThat(v.toString()).as("%s in %s", k, base).isNotBlank());
            en.forEach((k, v) -> assertThat(v.toString()).as("%s in %s", k, english).isNotBlank());
        }
    }

    @Test
    void noKeyIsDefinedTwiceAcrossBundles() throws IOException {
        Map<String, Path> seen = new TreeMap<>();
        List<String> duplicates = new ArrayList<>();
        for (Path base : bundleFiles().filter(p -> !p.getFileName().toString().contains("_")).toList()) {
            for (String key : load(base).stringPropertyNames()) {
                Path previous = seen.putIfAbsent(key, base);
                if (previous != null) {
                    duplicates.add(key + " in " + previous.getFileName() + " and " + base.getFileName());
                }
            }
        }
        assertThat(duplicates).isEmpty();
    }

    @Test
    void everyKeyUsedInTemplatesAndDomainExceptionsExists() throws IOException {
        Set<String> keys = allKeys();
        Set<String> missing = new TreeSet<>();
        for (Path template : templates()) {
            collect(TEMPLATE_KEY, Files.readString(template), keys, missing, template);
        }
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path source : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                collect(CODE_KEY, Files.readString(source), keys, missing, source);
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void templatesCarryNoHardCodedText() throws Exception {
        List<String> findings = new ArrayList<>();
        for (Path template : templates()) {
            findings.addAll(hardCodedText(template));
        }
        assertThat(findings).isEmpty();
    }

    @Test
    void theCheckFindsHardCodedTextAndAttributes() throws Exception {
        Path sample = Files.createTempFile("sample", ".html");
        Files.writeString(sample, """
                <div><p>受理</p><span th:text="#{ok}">默认</span><input placeholder="Name">
                <script>var ok = 'x';</script><!--/* comment */--><p th:text="#{a}"><b>nested prototype</b></p></div>
                """);
        assertThat(hardCodedText(sample)).hasSize(2)
                .anySatisfy(f -> assertThat(f).contains("受理"))
                .anySatisfy(f -> assertThat(f).contains("placeholder"));
    }

    private static List<String> hardCodedText(Path template) throws Exception {
        List<String> findings = new ArrayList<>();
        Deque<Boolean> replaced = new ArrayDeque<>();
        Deque<String> names = new ArrayDeque<>();
        String file = template.toString();
        AbstractSimpleMarkupHandler handler = new AbstractSimpleMarkupHandler() {

            @Override
            public void handleOpenElement(String name, Map<String, String> attributes, int line, int col) {
                check(name, attributes, line);
                boolean inherited = !replaced.isEmpty() && replaced.peek();
                boolean replacing = attributes != null
                        && attributes.keySet().stream().anyMatch(REPLACING_ATTRIBUTES::contains);
                boolean raw = name.equalsIgnoreCase("script") || name.equalsIgnoreCase("style");
                replaced.push(inherited || replacing || raw);
                names.push(name);
            }

            @Override
            public void handleStandaloneElement(String name, Map<String, String> attributes, boolean minimized,
                    int line, int col) {
                check(name, attributes, line);
            }

            @Override
            public void handleCloseElement(String name, int line, int col) {
                if (!names.isEmpty()) {
                    names.pop();
                    replaced.pop();
                }
            }

            @Override
            public void handleText(char[] buffer, int offset, int len, int line, int col) {
                String text = new String(buffer, offset, len).strip();
                boolean covered = !replaced.isEmpty() && replaced.peek();
                if (!covered && READABLE.matcher(text).find() && !text.startsWith("[[") && !text.startsWith("[(")) {
                    findings.add(file + ":" + line + " text \"" + text + "\"");
                }
            }

            private void check(String name, Map<String, String> attributes, int line) {
                if (attributes == null) {
                    return;
                }
                for (var attribute : attributes.entrySet()) {
                    String key = attribute.getKey().toLowerCase();
                    if (TEXT_ATTRIBUTES.contains(key) && READABLE.matcher(attribute.getValue()).find()
                            && !attributes.containsKey("th:" + key) && !attributes.containsKey("th:attr")) {
                        findings.add(file + ":" + line + " <" + name + "> " + key + "=\"" + attribute.getValue() + "\"");
                    }
                }
            }
        };
        SimpleMarkupParser parser = new SimpleMarkupParser(ParseConfiguration.htmlConfiguration());
        try (Reader reader = Files.newBufferedReader(template, StandardCharsets.UTF_8)) {
            parser.parse(reader, handler);
        }
        return findings;
    }

    private static void collect(Pattern pattern, String content, Set<String> keys, Set<String> missing, Path where) {
        Matcher matcher = pattern.matcher(content);
        while (matcher.find()) {
            String key = matcher.group(1);
            if (!keys.contains(key)) {
                missing.add(key + " (" + where + ")");
            }
        }
    }

    private static Set<String> allKeys() throws IOException {
        Set<String> keys = new HashSet<>();
        for (Path base : bundleFiles().filter(p -> !p.getFileName().toString().contains("_")).toList()) {
            keys.addAll(load(base).stringPropertyNames());
        }
        return keys;
    }

    private static Stream<Path> bundleFiles() throws IOException {
        return Files.list(MESSAGES).filter(p -> p.toString().endsWith(".properties")).sorted();
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    private static Properties load(Path path) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

}
