package pl.lukasiewicz.challenges.diagram;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Keeps the process pictures in docs/images true to the BPMN files, and checks the renderer
 * that draws them on a made-up process (src/test/resources/diagram/fixture.bpmn).
 */
class ProcessDiagramTest {

    private static final Path PROCESSES = Path.of("src", "main", "resources", "processes");
    private static final Path IMAGES = Path.of("docs", "images");
    private static final String RERENDER = "Re-render with: ./mvnw -q test"
            + " -Dtest=ProcessDiagramTest -Ddiagram.rewrite=true";
    private static final String SVG = "http://www.w3.org/2000/svg";
    private static final Pattern DRAWN_FROM = Pattern.compile("<!-- Drawn from ([^;]+\\.bpmn);");
    private static final Pattern SHOWN_IMAGE = Pattern.compile("\\((docs/images/[^)\\s]+)\\)");

    @Test
    void everyProcessFileHasItsPictureDrawnFromItsCurrentContent() throws IOException {
        List<Path> processes = processFiles();
        assertFalse(processes.isEmpty(), "no .bpmn file in " + PROCESSES);
        boolean rewrite = Boolean.getBoolean("diagram.rewrite");

        List<String> outdated = new ArrayList<>();
        for (Path process : processes) {
            String fresh = render(process);
            Path image = imageOf(process);
            if (rewrite) {
                Files.createDirectories(IMAGES);
                Files.writeString(image, fresh, UTF_8);
            } else if (!Files.exists(image)) {
                outdated.add(image + " is missing");
            } else if (!fresh.equals(Files.readString(image, UTF_8).replace("\r\n", "\n"))) {
                outdated.add(image + " no longer matches " + process);
            }
        }

        assertTrue(outdated.isEmpty(), () -> String.join("; ", outdated) + ". " + RERENDER
                + " and commit " + IMAGES + ".");
    }

    @Test
    void noPictureOutlivesItsProcessFileAndTheReadmeShowsOnlyPicturesThatExist()
            throws IOException {
        List<String> wrong = new ArrayList<>();

        if (Files.isDirectory(IMAGES)) {
            try (Stream<Path> images = Files.list(IMAGES)) {
                for (Path image : images.sorted().toList()) {
                    Matcher drawnFrom = DRAWN_FROM.matcher(Files.readString(image, UTF_8));
                    if (drawnFrom.find() && !Files.exists(PROCESSES.resolve(drawnFrom.group(1)))) {
                        wrong.add(image + " was drawn from " + drawnFrom.group(1)
                                + ", which is no longer in " + PROCESSES + ": delete it");
                    }
                }
            }
        }
        Matcher shown = SHOWN_IMAGE.matcher(Files.readString(Path.of("README.md"), UTF_8));
        while (shown.find()) {
            if (!Files.exists(Path.of(shown.group(1)))) {
                wrong.add("README.md shows " + shown.group(1) + ", which does not exist");
            }
        }

        assertTrue(wrong.isEmpty(), () -> String.join("; ", wrong));
    }

    @Test
    void everyShapeOfTheFileIsDrawnOnce() throws IOException {
        Document svg = renderedFixture();

        List<String> drawn = new ArrayList<>();
        for (Element group : elements(svg, "g")) {
            if (group.getAttribute("class").startsWith("shape ")) {
                drawn.add(group.getAttribute("data-element"));
            }
        }

        assertEquals(List.of("network", "sales", "institute", "received", "verify",
                "classify", "isChallenge", "rejected", "noContact", "split", "route", "card",
                "join", "await", "offerTimeout", "clientAnswer", "expired", "accepted",
                "note", "noContactTimer"), drawn);
    }

    @Test
    void everySequenceFlowEndsInOneArrowheadAtItsTarget() throws IOException {
        Document svg = renderedFixture();

        int flows = 0;
        for (Element group : elements(svg, "g")) {
            if (!group.getAttribute("class").equals("edge sequenceFlow")) {
                continue;
            }
            flows++;
            List<Element> arrows = children(group, "polygon", "arrow");
            assertEquals(1, arrows.size(), group.getAttribute("data-element"));
            String tip = arrows.get(0).getAttribute("points").split(" ")[0];
            String[] line = children(group, "polyline", "").get(0).getAttribute("points")
                    .split(" ");
            assertFalse(line[line.length - 1].equals(tip), "the line stops short of the tip");
        }

        assertEquals(15, flows);
        assertEquals("1000,160", arrowTip(svg, "other"));
        assertEquals("625,405", arrowTip(svg, "small"));
    }

    @Test
    void anEdgeStoredFromCentreToCentreIsCutAtTheOutlines() throws IOException {
        Document svg = renderedFixture();

        String line = children(group(svg, "f10"), "polyline", "").get(0).getAttribute("points");

        assertTrue(line.startsWith("968.5,430 "), line);
        assertEquals("1011.5,430", arrowTip(svg, "f10"));
    }

    @Test
    void namesAreEscapedAndKeepTheirPolishLetters() throws IOException {
        String svg = renderedFixtureText();

        Document parsed = parse(svg);

        assertTrue(svg.contains("Wartość &lt; 50 &amp; &quot;pilne&quot;"), svg);
        assertEquals("Wartość < 50 & \"pilne\"", textOf(parsed, "small"));
        assertEquals("Zweryfikuj zgłoszenie i skontaktuj się z klientem",
                textOf(parsed, "verify"));
        assertEquals("Kwalifikacja zgłoszenia",
                parsed.getElementsByTagNameNS(SVG, "title").item(0).getTextContent());
    }

    @Test
    void theMarkersSayWhatKindEachNodeAndFlowIs() throws IOException {
        Document svg = renderedFixture();

        assertEquals(1, count(svg, "default-mark"));
        assertEquals(1, children(group(svg, "other"), "line", "default-mark").size());
        assertEquals(2, count(svg, "glyph timer"));
        assertEquals(1, count(svg, "glyph message"));
        assertEquals(1, count(svg, "glyph userTask"));
        assertEquals(1, count(svg, "glyph serviceTask"));
        assertEquals(1, count(svg, "glyph businessRuleTask"));
        assertEquals(1, count(svg, "glyph scriptTask"));
        assertEquals(1, children(group(svg, "card"), "g", "glyph parallel").size());
        assertEquals(1, count(svg, "glyph exclusiveGateway"));
        assertEquals(2, count(svg, "glyph parallelGateway"));
        assertEquals(1, count(svg, "glyph eventBasedGateway"));
    }

    @Test
    void aBoundaryEventIsDrawnOverItsHostAndLaneNamesStandUpright() throws IOException {
        Document svg = renderedFixture();

        List<String> layers = new ArrayList<>();
        for (Element layer : elements(svg, "g")) {
            if (layer.getParentNode() == svg.getDocumentElement()) {
                layers.add(layer.getAttribute("class"));
            }
        }
        Element lane = group(svg, "sales");
        Element laneName = children(lane, "text", "").get(0);

        assertTrue(layers.indexOf("boundary-events") > layers.indexOf("nodes"), layers::toString);
        assertEquals("boundary-events",
                ((Element) group(svg, "noContactTimer").getParentNode()).getAttribute("class"));
        assertEquals("rotate(-90 85 180)", laneName.getAttribute("transform"));
        assertEquals("Sprzedaż centralna", laneName.getTextContent().strip());
    }

    @Test
    void theSameFileAlwaysGivesTheSameBytes() throws IOException {
        String first = renderedFixtureText();

        String second = renderedFixtureText();

        assertEquals(first, second);
        assertFalse(first.matches("(?s).*\\d\\.\\d{3,}.*"), "more than two decimals");
    }

    // ---- helpers ----

    private static List<Path> processFiles() throws IOException {
        try (Stream<Path> files = Files.list(PROCESSES)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".bpmn"))
                    .sorted().toList();
        }
    }

    private static Path imageOf(Path process) {
        String name = process.getFileName().toString();
        return IMAGES.resolve(name.substring(0, name.length() - ".bpmn".length()) + ".svg");
    }

    private static String render(Path process) throws IOException {
        return BpmnSvgRenderer.render(BpmnDiagramReader.read(process),
                process.getFileName().toString(), RERENDER);
    }

    private static String renderedFixtureText() throws IOException {
        try (InputStream in = ProcessDiagramTest.class
                .getResourceAsStream("/diagram/fixture.bpmn")) {
            return BpmnSvgRenderer.render(BpmnDiagramReader.read(in, "fixture.bpmn"),
                    "fixture.bpmn", RERENDER);
        }
    }

    private static Document renderedFixture() throws IOException {
        return parse(renderedFixtureText());
    }

    private static Document parse(String svg) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder()
                    .parse(new ByteArrayInputStream(svg.getBytes(UTF_8)));
        } catch (Exception e) {
            throw new IOException("the SVG is not well-formed XML: " + e.getMessage(), e);
        }
    }

    private static List<Element> elements(Document svg, String tag) {
        NodeList nodes = svg.getElementsByTagNameNS(SVG, tag);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    /** Descendants of a group with that tag whose class is cssClass (any class if empty). */
    private static List<Element> children(Element group, String tag, String cssClass) {
        NodeList nodes = group.getElementsByTagNameNS(SVG, tag);
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Element element = (Element) nodes.item(i);
            if (cssClass.isEmpty() || element.getAttribute("class").equals(cssClass)) {
                found.add(element);
            }
        }
        return found;
    }

    private static Element group(Document svg, String elementId) {
        for (Element group : elements(svg, "g")) {
            if (group.getAttribute("data-element").equals(elementId)) {
                return group;
            }
        }
        throw new AssertionError("nothing drawn for " + elementId);
    }

    private static String arrowTip(Document svg, String flowId) {
        return children(group(svg, flowId), "polygon", "arrow").get(0).getAttribute("points")
                .split(" ")[0];
    }

    /** The text of a shape's or a flow's name, its wrapped lines joined by spaces. */
    private static String textOf(Document svg, String elementId) {
        for (Element text : elements(svg, "text")) {
            boolean inGroup = text.getParentNode() instanceof Element parent
                    && parent.getAttribute("data-element").equals(elementId);
            if (inGroup || text.getAttribute("data-element").equals(elementId)) {
                List<String> lines = new ArrayList<>();
                for (Element line : children(text, "tspan", "")) {
                    lines.add(line.getTextContent());
                }
                return String.join(" ", lines);
            }
        }
        throw new AssertionError("no text for " + elementId);
    }

    private static int count(Document svg, String cssClass) {
        int count = 0;
        for (String tag : List.of("g", "line", "polygon", "polyline", "circle")) {
            for (Element element : elements(svg, tag)) {
                if (element.getAttribute("class").equals(cssClass)) {
                    count++;
                }
            }
        }
        return count;
    }
}
