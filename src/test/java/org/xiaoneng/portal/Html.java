package org.xiaoneng.portal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.attoparser.ParseException;
import org.attoparser.config.ParseConfiguration;
import org.attoparser.dom.DOMMarkupParser;
import org.attoparser.dom.Element;
import org.attoparser.dom.INestableNode;
import org.attoparser.dom.INode;
import org.attoparser.dom.Text;

/**
 * Just enough of an HTML reader for page tests, on the attoparser that Thymeleaf brings (the build has no jsoup):
 * elements by id and by simple CSS selectors — {@code tag}, {@code #id}, {@code .class}, {@code [attr]},
 * {@code [attr=value]}, {@code [attr^=prefix]}, combined, and separated by spaces for descendants — and their text with
 * whitespace collapsed.
 */
public final class Html {

    private static final Pattern PART = Pattern.compile(
            "([a-zA-Z][a-zA-Z0-9-]*)|#([\\w-]+)|\\.([\\w-]+)|\\[([\\w-]+)(?:(\\^?=)([^\\]]*))?]");

    private final INestableNode root;

    private Html(INestableNode root) {
        this.root = root;
    }

    public static Html parse(String markup) {
        try {
            return new Html(new DOMMarkupParser(ParseConfiguration.htmlConfiguration()).parse(markup));
        } catch (ParseException e) {
            throw new IllegalArgumentException("not parseable as HTML", e);
        }
    }

    /** The element with this id, or null. */
    public Html byId(String id) {
        return select("#" + id).stream().findFirst().orElse(null);
    }

    /** The first element matching the selector, or null. */
    public Html first(String selector) {
        return select(selector).stream().findFirst().orElse(null);
    }

    /** Every element (below this one) matching the selector, in document order. */
    public List<Html> select(String selector) {
        List<INestableNode> current = List.of(root);
        for (String step : selector.trim().split("\\s+")) {
            List<INestableNode> next = new ArrayList<>();
            for (INestableNode node : current) {
                descendants(node, next, step);
            }
            current = next.stream().distinct().toList();
        }
        return current.stream().map(Html::new).toList();
    }

    public List<String> texts(String selector) {
        return select(selector).stream().map(Html::text).toList();
    }

    public List<String> attrs(String selector, String attribute) {
        return select(selector).stream().map(h -> h.attr(attribute)).toList();
    }

    /** The attribute's value, or "" when absent (as jsoup does). */
    public String attr(String name) {
        return root instanceof Element e && e.hasAttribute(name)
                ? Optional.ofNullable(e.getAttributeValue(name)).map(Html::unescape).orElse("") : "";
    }

    /** All text inside, entities decoded, whitespace runs collapsed to one space, trimmed. */
    public String text() {
        StringBuilder text = new StringBuilder();
        collect(root, text);
        return unescape(text.toString()).replaceAll("\\s+", " ").trim();
    }

    private static void collect(INode node, StringBuilder text) {
        if (node instanceof Text t) {
            text.append(t.getContent());
        } else if (node instanceof INestableNode n) {
            n.getChildren().forEach(child -> collect(child, text));
        }
    }

    private static void descendants(INestableNode node, List<INestableNode> found, String step) {
        for (INode child : node.getChildren()) {
            if (child instanceof Element e) {
                if (matches(e, step)) {
                    found.add(e);
                }
                descendants(e, found, step);
            }
        }
    }

    private static boolean matches(Element element, String step) {
        Matcher m = PART.matcher(step);
        int end = 0;
        while (m.find()) {
            if (m.start() != end) {
                throw new IllegalArgumentException("unsupported selector " + step);
            }
            end = m.end();
            if (m.group(1) != null && !element.getElementName().equalsIgnoreCase(m.group(1))) {
                return false;
            }
            if (m.group(2) != null && !m.group(2).equals(element.getAttributeValue("id"))) {
                return false;
            }
            if (m.group(3) != null) {
                String classes = element.getAttributeValue("class");
                if (classes == null || !List.of(classes.trim().split("\\s+")).contains(m.group(3))) {
                    return false;
                }
            }
            if (m.group(4) != null) {
                if (!element.hasAttribute(m.group(4))) {
                    return false;
                }
                String value = element.getAttributeValue(m.group(4));
                if ("=".equals(m.group(5)) && !m.group(6).equals(value)) {
                    return false;
                }
                if ("^=".equals(m.group(5)) && (value == null || !value.startsWith(m.group(6)))) {
                    return false;
                }
            }
        }
        if (end != step.length()) {
            throw new IllegalArgumentException("unsupported selector " + step);
        }
        return true;
    }

    private static String unescape(String text) {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&nbsp;", "\u00a0").replace("&amp;", "&");
    }
}
