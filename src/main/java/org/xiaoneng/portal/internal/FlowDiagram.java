package org.xiaoneng.portal.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

import org.xiaoneng.catalog.ProcessStage;
import org.xiaoneng.catalog.ProcessTask;

/**
 * Draws an item's process as the flow diagram of its service guide (办事流程导引图): an SVG document, start at the top,
 * then one row per stage (its name on the left), the parallel tasks of a stage side by side with a fork bar above and a
 * join bar below them, arrows between the rows, and the end at the bottom. Each task box names the department, the
 * position and the working-day limit. Boxes grow with their text, the picture with its boxes.
 *
 * <p>Pure: no Spring, no I/O. Every piece of text is XML-escaped, so the result may be inlined into a page as is. The
 * SVG carries a {@code <title>} and a {@code <desc>} that spells the whole process out, for screen readers.
 */
public final class FlowDiagram {

    /**
     * The words the diagram needs, in the reader's language.
     *
     * @param title       what the picture is (the item's name, for instance)
     * @param description the start of the text description; the stages are appended to it
     * @param days        a task's limit as text, e.g. 2 → "2 个工作日", 0 → "即办"
     */
    public record Labels(String title, String description, String start, String end, IntFunction<String> days) {
    }

    static final int MARGIN = 16;
    static final int FONT_SIZE = 13;
    static final int LINE = 18;
    static final int PADDING = 12;
    static final int BOX_HEIGHT = PADDING * 2 + LINE * 3;
    static final int MIN_BOX_WIDTH = 120;
    static final int GAP = 16;
    static final int BAR = 14;
    static final int ROW_GAP = 30;
    static final int TERMINAL_HEIGHT = 30;
    static final int TERMINAL_WIDTH = 90;

    private FlowDiagram() {
    }

    /** The SVG of the stages, in order. An empty process gives just start and end. */
    public static String svg(List<ProcessStage> stages, Labels labels) {
        List<Row> rows = stages.stream().map(stage -> Row.of(stage, labels.days())).toList();
        int labelWidth = Math.max(60, rows.stream().mapToInt(r -> textWidth(r.name)).max().orElse(0) + 2 * GAP);
        int contentWidth = Math.max(TERMINAL_WIDTH + 2 * GAP, rows.stream().mapToInt(Row::width).max().orElse(0));
        int width = MARGIN * 2 + labelWidth + contentWidth;
        int centre = MARGIN + labelWidth + contentWidth / 2;
        int height = MARGIN * 2 + TERMINAL_HEIGHT * 2 + ROW_GAP
                + rows.stream().mapToInt(r -> r.height() + ROW_GAP).sum();

        StringBuilder svg = new StringBuilder(4096);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"flow-diagram\" role=\"img\"")
                .append(" aria-labelledby=\"flow-title flow-desc\" width=\"").append(width).append("\" height=\"")
                .append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" font-size=\"").append(FONT_SIZE).append("\" font-family=\"sans-serif\">");
        svg.append("<title id=\"flow-title\">").append(escape(labels.title())).append("</title>");
        svg.append("<desc id=\"flow-desc\">").append(escape(description(rows, labels))).append("</desc>");
        svg.append("<defs><marker id=\"flow-arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"8\"")
                .append(" markerHeight=\"8\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\"")
                .append(" fill=\"#555\"/></marker></defs>");

        int y = MARGIN;
        terminal(svg, "flow-start", labels.start(), centre, y);
        y += TERMINAL_HEIGHT;
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            int top = y + ROW_GAP;
            boolean parallel = row.tasks.size() > 1;
            int boxTop = parallel ? top + BAR : top;
            arrow(svg, centre, y, centre, parallel ? top : boxTop);
            svg.append("<g class=\"flow-stage\" id=\"flow-stage-").append(i).append("\" data-tasks=\"")
                    .append(row.tasks.size()).append("\">");
            svg.append("<text class=\"flow-stage-name\" x=\"").append(MARGIN).append("\" y=\"")
                    .append(boxTop + BOX_HEIGHT / 2 + FONT_SIZE / 2 - 2).append("\" font-weight=\"bold\">")
                    .append(escape((i + 1) + ". " + row.name)).append("</text>");
            int x = centre - row.width() / 2;
            List<Integer> centres = new ArrayList<>();
            for (Task task : row.tasks) {
                box(svg, task, x, boxTop, labels.days());
                centres.add(x + task.width / 2);
                x += task.width + GAP;
            }
            int bottom = boxTop + BOX_HEIGHT;
            if (parallel) {
                int first = centres.get(0);
                int last = centres.get(centres.size() - 1);
                bar(svg, "flow-fork", first, last, top);
                bar(svg, "flow-join", first, last, bottom + BAR);
                for (int c : centres) {
                    arrow(svg, c, top, c, boxTop);
                    line(svg, c, bottom, c, bottom + BAR);
                }
                bottom += BAR;
            }
            svg.append("</g>");
            y = bottom;
        }
        arrow(svg, centre, y, centre, y + ROW_GAP);
        terminal(svg, "flow-end", labels.end(), centre, y + ROW_GAP);
        return svg.append("</svg>").toString();
    }

    /** Escapes text for XML content and attribute values, and drops characters XML 1.0 cannot carry. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF)) {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }

    /**
     * The width the text takes at the diagram's font size, estimated: a Chinese (wide) character takes a full em, a
     * Latin letter or digit a little over half. Good enough to size boxes without measuring fonts.
     */
    static int textWidth(String text) {
        double em = 0;
        for (int c : text.codePoints().toArray()) {
            em += wide(c) ? 1.0 : 0.62;
        }
        return (int) Math.ceil(em * FONT_SIZE);
    }

    private static boolean wide(int c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN || (c >= 0x3000 && c <= 0x303F)
                || (c >= 0xFF00 && c <= 0xFFEF) || (c >= 0x1100 && c <= 0x11FF) || (c >= 0xAC00 && c <= 0xD7AF)
                || (c >= 0x3040 && c <= 0x30FF);
    }

    private static String description(List<Row> rows, Labels labels) {
        StringBuilder text = new StringBuilder(labels.description());
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            text.append(i == 0 ? " " : "; ").append(i + 1).append(". ").append(row.name).append(": ");
            for (int t = 0; t < row.tasks.size(); t++) {
                Task task = row.tasks.get(t);
                text.append(t == 0 ? "" : " | ").append(task.department).append(" · ").append(task.position)
                        .append(" · ").append(labels.days().apply(task.days));
            }
        }
        return text.toString();
    }

    private static void box(StringBuilder svg, Task task, int x, int y, IntFunction<String> days) {
        int cx = x + task.width / 2;
        svg.append("<g class=\"flow-task\">");
        svg.append("<rect class=\"flow-box\" x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"")
                .append(task.width).append("\" height=\"").append(BOX_HEIGHT)
                .append("\" rx=\"6\" fill=\"#fff8f0\" stroke=\"#b4232a\" stroke-width=\"1.5\"/>");
        text(svg, "flow-department", task.department, cx, y + PADDING + LINE - 4, "");
        text(svg, "flow-position", task.position, cx, y + PADDING + 2 * LINE - 4, " font-weight=\"bold\"");
        text(svg, "flow-days", days.apply(task.days), cx, y + PADDING + 3 * LINE - 4, " fill=\"#b4232a\"");
        svg.append("</g>");
    }

    private static void text(StringBuilder svg, String cssClass, String text, int x, int y, String extra) {
        svg.append("<text class=\"").append(cssClass).append("\" x=\"").append(x).append("\" y=\"").append(y)
                .append("\" text-anchor=\"middle\"").append(extra).append('>').append(escape(text)).append("</text>");
    }

    private static void terminal(StringBuilder svg, String id, String label, int centre, int y) {
        svg.append("<g id=\"").append(id).append("\"><rect x=\"").append(centre - TERMINAL_WIDTH / 2).append("\" y=\"")
                .append(y).append("\" width=\"").append(TERMINAL_WIDTH).append("\" height=\"").append(TERMINAL_HEIGHT)
                .append("\" rx=\"15\" fill=\"#b4232a\"/>");
        svg.append("<text x=\"").append(centre).append("\" y=\"").append(y + TERMINAL_HEIGHT / 2 + FONT_SIZE / 2 - 2)
                .append("\" text-anchor=\"middle\" fill=\"#fff\">").append(escape(label)).append("</text></g>");
    }

    private static void arrow(StringBuilder svg, int x1, int y1, int x2, int y2) {
        svg.append("<line class=\"flow-arrow\" x1=\"").append(x1).append("\" y1=\"").append(y1).append("\" x2=\"")
                .append(x2).append("\" y2=\"").append(y2)
                .append("\" stroke=\"#555\" stroke-width=\"1.5\" marker-end=\"url(#flow-arrow)\"/>");
    }

    private static void line(StringBuilder svg, int x1, int y1, int x2, int y2) {
        svg.append("<line x1=\"").append(x1).append("\" y1=\"").append(y1).append("\" x2=\"").append(x2)
                .append("\" y2=\"").append(y2).append("\" stroke=\"#555\" stroke-width=\"1.5\"/>");
    }

    private static void bar(StringBuilder svg, String cssClass, int x1, int x2, int y) {
        svg.append("<line class=\"").append(cssClass).append("\" x1=\"").append(x1).append("\" y1=\"").append(y)
                .append("\" x2=\"").append(x2).append("\" y2=\"").append(y)
                .append("\" stroke=\"#555\" stroke-width=\"3\"/>");
    }

    /** A task with the width its box needs. */
    private record Task(String department, String position, int days, int width) {

        static Task of(ProcessTask task, IntFunction<String> days) {
            int text = Math.max(textWidth(task.departmentName()),
                    Math.max(textWidth(task.positionName()), textWidth(days.apply(task.workingDays()))));
            return new Task(task.departmentName(), task.positionName(), task.workingDays(),
                    Math.max(MIN_BOX_WIDTH, text + 2 * PADDING));
        }
    }

    /** A stage: its name and its tasks side by side. */
    private record Row(String name, List<Task> tasks) {

        static Row of(ProcessStage stage, IntFunction<String> days) {
            return new Row(stage.name(), stage.tasks().stream().map(task -> Task.of(task, days)).toList());
        }

        int width() {
            return tasks.stream().mapToInt(Task::width).sum() + GAP * Math.max(0, tasks.size() - 1);
        }

        int height() {
            return BOX_HEIGHT + (tasks.size() > 1 ? 2 * BAR : 0);
        }
    }
}
