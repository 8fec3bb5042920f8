package org.xiaoneng.portal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xiaoneng.catalog.ProcessStage;
import org.xiaoneng.catalog.ProcessTask;

/** The flow diagram is well-formed SVG that draws parallel tasks side by side, escapes all text, and fits its text. */
class FlowDiagramTests {

    static final FlowDiagram.Labels LABELS = new FlowDiagram.Labels("建设项目开工联合审查 流程图", "办理流程：", "申请",
            "办结", days -> days == 0 ? "即办" : days + " 个工作日");

    static ProcessTask task(String department, String position, int days) {
        return new ProcessTask(1, department, 2, position, days);
    }

    static final List<ProcessStage> JOINT = List.of(
            new ProcessStage("受理", List.of(task("市行政服务中心", "综合受理窗口岗", 1))),
            new ProcessStage("联合审查", List.of(task("市建设局", "勘验岗", 8), task("市国土资源局", "勘验岗", 8),
                    task("市环保局", "勘验岗", 6))),
            new ProcessStage("联合决定", List.of(task("市建设局", "决定岗", 3))),
            new ProcessStage("送达", List.of(task("市行政服务中心", "综合受理窗口岗", 0))));

    @Test
    void aParallelStageOfThreeTasksIsOneRowOfThreeBoxes() throws Exception {
        Document svg = parse(FlowDiagram.svg(JOINT, LABELS));

        List<Element> stages = elements(svg, "g").stream().filter(g -> g.getAttribute("class").equals("flow-stage"))
                .toList();
        assertThat(stages).hasSize(4);
        List<Element> parallel = boxes(stages.get(1));
        assertThat(parallel).hasSize(3);
        assertThat(parallel).extracting(r -> r.getAttribute("y")).containsOnly(parallel.get(0).getAttribute("y"));
        int left = 0;
        for (Element box : parallel) {
            int x = Integer.parseInt(box.getAttribute("x"));
            assertThat(x).as("side by side, left to right, not overlapping").isGreaterThanOrEqualTo(left);
            left = x + Integer.parseInt(box.getAttribute("width"));
        }
        // the other stages have one box each, one below the other
        assertThat(boxes(stages.get(0))).hasSize(1);
        int previousBottom = 0;
        for (Element stage : stages) {
            Element box = boxes(stage).get(0);
            int y = Integer.parseInt(box.getAttribute("y"));
            assertThat(y).isGreaterThan(previousBottom);
            previousBottom = y + Integer.parseInt(box.getAttribute("height"));
        }
        // every box names department, position and limit; a fork and a join bar frame the parallel row
        assertThat(texts(stages.get(1), "flow-department")).containsExactly("市建设局", "市国土资源局", "市环保局");
        assertThat(texts(stages.get(1), "flow-days")).containsExactly("8 个工作日", "8 个工作日", "6 个工作日");
        assertThat(texts(stages.get(3), "flow-days")).containsExactly("即办");
        assertThat(elements(svg, "line")).filteredOn(l -> l.getAttribute("class").equals("flow-fork")).hasSize(1);
        assertThat(elements(svg, "line")).filteredOn(l -> l.getAttribute("class").equals("flow-join")).hasSize(1);
        assertThat(elements(svg, "line")).filteredOn(l -> l.getAttribute("class").equals("flow-arrow"))
                .as("start→1, 1→fork ×3 arrows, →2, →3, →end").hasSize(1 + 1 + 3 + 1 + 1 + 1);
    }

    @Test
    void hasAnAccessibleTitleAndADescriptionThatSpellsTheProcessOut() throws Exception {
        Document svg = parse(FlowDiagram.svg(JOINT, LABELS));
        Element root = svg.getDocumentElement();
        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(root.getAttribute("aria-labelledby")).isEqualTo("flow-title flow-desc");
        assertThat(elements(svg, "title").get(0).getTextContent()).isEqualTo("建设项目开工联合审查 流程图");
        assertThat(elements(svg, "desc").get(0).getTextContent()).startsWith("办理流程：")
                .contains("2. 联合审查: 市建设局 · 勘验岗 · 8 个工作日 | 市国土资源局 · 勘验岗 · 8 个工作日")
                .contains("4. 送达: 市行政服务中心 · 综合受理窗口岗 · 即办");
    }

    @Test
    void allTextIsEscaped() throws Exception {
        String hostile = "<script>alert('x')</script> & \"quoted\"";
        FlowDiagram.Labels labels = new FlowDiagram.Labels(hostile, hostile, "<start>", "&end", d -> d + " <days>");
        String svg = FlowDiagram.svg(List.of(new ProcessStage("审查 <b>", List.of(task("部门 & 局", hostile, 2)))),
                labels);

        assertThat(svg).doesNotContain("<script>").doesNotContain("<b>").doesNotContain("<days>")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quoted&quot;");
        Document parsed = parse(svg); // well-formed, whatever the text
        assertThat(texts(parsed.getDocumentElement(), "flow-position")).containsExactly(hostile);
        assertThat(FlowDiagram.escape("a\u0001b\u0000c")).as("characters XML cannot carry are dropped").isEqualTo("abc");
    }

    @Test
    void boxesAndThePictureGrowWithTheirContent() throws Exception {
        Document small = parse(FlowDiagram.svg(List.of(new ProcessStage("审查", List.of(task("市局", "岗", 1)))), LABELS));
        Document wide = parse(FlowDiagram.svg(List.of(new ProcessStage("审查",
                List.of(task("市城市管理行政执法局", "城市建筑垃圾处置核准审查岗位（A角）", 1)))), LABELS));
        Document tall = parse(FlowDiagram.svg(JOINT, LABELS));

        int smallBox = width(boxes(small.getDocumentElement()).get(0));
        int wideBox = width(boxes(wide.getDocumentElement()).get(0));
        assertThat(smallBox).isEqualTo(FlowDiagram.MIN_BOX_WIDTH);
        assertThat(wideBox).isGreaterThan(smallBox)
                .isGreaterThanOrEqualTo(FlowDiagram.textWidth("城市建筑垃圾处置核准审查岗位（A角）"));
        assertThat(width(wide.getDocumentElement())).isGreaterThan(width(small.getDocumentElement()));
        assertThat(height(tall.getDocumentElement())).isGreaterThan(height(small.getDocumentElement()));
        // the three parallel boxes make the joint picture wider than any single box
        assertThat(width(tall.getDocumentElement())).isGreaterThan(3 * FlowDiagram.MIN_BOX_WIDTH);
        assertThat(tall.getDocumentElement().getAttribute("viewBox"))
                .isEqualTo("0 0 " + width(tall.getDocumentElement()) + " " + height(tall.getDocumentElement()));
    }

    @Test
    void anEmptyProcessIsStillAPicture() throws Exception {
        Document svg = parse(FlowDiagram.svg(List.of(), LABELS));
        assertThat(boxes(svg.getDocumentElement())).isEmpty();
        assertThat(svg.getElementsByTagName("g").getLength()).isEqualTo(2); // start and end
    }

    @Test
    void chineseCharactersCountWiderThanLatinOnes() {
        assertThat(FlowDiagram.textWidth("审查岗")).isGreaterThan(FlowDiagram.textWidth("abc"));
        assertThat(FlowDiagram.textWidth("")).isZero();
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> elements(Document document, String name) {
        return list(document.getElementsByTagName(name));
    }

    private static List<Element> boxes(Element within) {
        return list(within.getElementsByTagName("rect")).stream()
                .filter(r -> r.getAttribute("class").equals("flow-box")).toList();
    }

    private static List<String> texts(Element within, String cssClass) {
        return list(within.getElementsByTagName("text")).stream()
                .filter(t -> t.getAttribute("class").equals(cssClass)).map(Element::getTextContent).toList();
    }

    private static List<Element> list(NodeList nodes) {
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    private static int width(Element element) {
        return Integer.parseInt(element.getAttribute("width"));
    }

    private static int height(Element element) {
        return Integer.parseInt(element.getAttribute("height"));
    }
}
