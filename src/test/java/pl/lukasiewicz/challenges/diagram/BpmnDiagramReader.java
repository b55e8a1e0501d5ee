package pl.lukasiewicz.challenges.diagram;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import pl.lukasiewicz.challenges.diagram.BpmnDiagram.Bounds;
import pl.lukasiewicz.challenges.diagram.BpmnDiagram.Edge;
import pl.lukasiewicz.challenges.diagram.BpmnDiagram.Point;
import pl.lukasiewicz.challenges.diagram.BpmnDiagram.Shape;

/**
 * Reads the first diagram of a BPMN 2.0 file (bpmndi:BPMNDiagram) and joins each of its
 * shapes and edges with the process element it names through bpmnElement.
 */
final class BpmnDiagramReader {

    static final String MODEL = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    static final String BPMNDI = "http://www.omg.org/spec/BPMN/20100524/DI";
    static final String DC = "http://www.omg.org/spec/DD/20100524/DC";
    static final String DI = "http://www.omg.org/spec/DD/20100524/DI";
    private static final String DROOLS = "http://www.jboss.org/drools";

    private final Map<String, Element> elementsById = new HashMap<>();
    private final Set<String> defaultFlows = new HashSet<>();

    private BpmnDiagramReader() {
    }

    static BpmnDiagram read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.getFileName().toString());
        }
    }

    static BpmnDiagram read(InputStream in, String source) throws IOException {
        Document document = parse(in, source);
        BpmnDiagramReader reader = new BpmnDiagramReader();
        reader.index(document.getDocumentElement());

        Element diagram = firstDescendant(document.getDocumentElement(), BPMNDI, "BPMNDiagram");
        if (diagram == null) {
            throw new IOException(source + " has no bpmndi:BPMNDiagram to draw");
        }
        Element plane = firstDescendant(diagram, BPMNDI, "BPMNPlane");
        if (plane == null) {
            throw new IOException(source + " has a diagram without a bpmndi:BPMNPlane");
        }
        return reader.diagram(diagram, plane);
    }

    private static Document parse(InputStream in, String source) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setExpandEntityReferences(false);
            return factory.newDocumentBuilder().parse(in);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException(source + " is not a readable BPMN file: " + e.getMessage(), e);
        }
    }

    /** Every BPMN model element by id, and which flows are some element's default. */
    private void index(Element element) {
        if (MODEL.equals(element.getNamespaceURI()) && element.hasAttribute("id")) {
            elementsById.putIfAbsent(element.getAttribute("id"), element);
        }
        if (MODEL.equals(element.getNamespaceURI()) && element.hasAttribute("default")) {
            defaultFlows.add(element.getAttribute("default"));
        }
        for (Element child : children(element)) {
            index(child);
        }
    }

    private BpmnDiagram diagram(Element diagram, Element plane) {
        List<Shape> shapes = new ArrayList<>();
        List<Edge> edges = new ArrayList<>();
        for (Element child : children(plane)) {
            if (!BPMNDI.equals(child.getNamespaceURI())) {
                continue;
            }
            if (child.getLocalName().equals("BPMNShape")) {
                shapes.add(shape(child));
            } else if (child.getLocalName().equals("BPMNEdge")) {
                edges.add(edge(child));
            }
        }
        return new BpmnDiagram(title(diagram, plane), List.copyOf(shapes), List.copyOf(edges));
    }

    private String title(Element diagram, Element plane) {
        Element drawn = elementsById.get(plane.getAttribute("bpmnElement"));
        if (drawn != null && !name(drawn).isEmpty()) {
            return name(drawn);
        }
        Element participant = drawn == null ? null : firstChild(drawn, MODEL, "participant");
        if (participant != null) {
            Element process = elementsById.get(participant.getAttribute("processRef"));
            return process != null && !name(process).isEmpty() ? name(process)
                    : name(participant);
        }
        return diagram.getAttribute("name").strip();
    }

    private Shape shape(Element di) {
        Element element = elementsById.get(di.getAttribute("bpmnElement"));
        String kind = element == null ? "unknown" : element.getLocalName();
        boolean interrupting = element == null
                || !("false".equals(element.getAttribute("cancelActivity"))
                        || "false".equals(element.getAttribute("isInterrupting")));
        return new Shape(di.getAttribute("bpmnElement"), kind,
                element == null ? "" : name(element),
                bounds(firstChild(di, DC, "Bounds")), labelBounds(di),
                element == null ? "" : eventDefinition(element), interrupting,
                expanded(di, kind),
                element != null && "true".equals(element.getAttribute("triggeredByEvent")),
                element == null ? "" : repetition(element));
    }

    private static String repetition(Element activity) {
        if (firstChild(activity, MODEL, "standardLoopCharacteristics") != null) {
            return "loop";
        }
        Element multi = firstChild(activity, MODEL, "multiInstanceLoopCharacteristics");
        if (multi == null) {
            return "";
        }
        return "true".equals(multi.getAttribute("isSequential")) ? "sequential" : "parallel";
    }

    private static boolean expanded(Element di, String kind) {
        if (di.hasAttribute("isExpanded")) {
            return "true".equals(di.getAttribute("isExpanded"));
        }
        return kind.equals("subProcess") || kind.equals("adHocSubProcess")
                || kind.equals("transaction");
    }

    private Edge edge(Element di) {
        Element element = elementsById.get(di.getAttribute("bpmnElement"));
        String kind = element == null ? "unknown" : element.getLocalName();
        List<Point> waypoints = new ArrayList<>();
        for (Element child : children(di)) {
            if (DI.equals(child.getNamespaceURI()) && child.getLocalName().equals("waypoint")) {
                waypoints.add(new Point(number(child, "x"), number(child, "y")));
            }
        }
        return new Edge(di.getAttribute("bpmnElement"), kind,
                element == null ? "" : name(element), List.copyOf(waypoints), labelBounds(di),
                defaultFlows.contains(di.getAttribute("bpmnElement")),
                element != null && conditionalFromActivity(element),
                element != null && !element.getAttribute("associationDirection").isEmpty()
                        && !"None".equals(element.getAttribute("associationDirection")),
                element == null ? "" : element.getAttribute("sourceRef"),
                element == null ? "" : element.getAttribute("targetRef"));
    }

    private boolean conditionalFromActivity(Element flow) {
        if (firstChild(flow, MODEL, "conditionExpression") == null) {
            return false;
        }
        Element source = elementsById.get(flow.getAttribute("sourceRef"));
        return source != null && !source.getLocalName().endsWith("Gateway")
                && !source.getLocalName().endsWith("Event");
    }

    /** The name as written, or the text of a text annotation, or Kogito's element name. */
    private static String name(Element element) {
        if (element.getLocalName().equals("textAnnotation")) {
            Element text = firstChild(element, MODEL, "text");
            return text == null ? "" : text.getTextContent().strip();
        }
        if (element.hasAttribute("name")) {
            return element.getAttribute("name").strip();
        }
        Element extensions = firstChild(element, MODEL, "extensionElements");
        if (extensions != null) {
            for (Element meta : children(extensions)) {
                if (DROOLS.equals(meta.getNamespaceURI())
                        && meta.getLocalName().equals("metaData")
                        && "elementname".equals(meta.getAttribute("name"))) {
                    return meta.getTextContent().strip();
                }
            }
        }
        return "";
    }

    /** timer, message, signal, ... from the first *EventDefinition child; empty when none. */
    private static String eventDefinition(Element element) {
        List<String> definitions = new ArrayList<>();
        for (Element child : children(element)) {
            String local = child.getLocalName();
            if (MODEL.equals(child.getNamespaceURI()) && local.endsWith("EventDefinition")) {
                definitions.add(local.substring(0, local.length() - "EventDefinition".length()));
            }
        }
        if (definitions.size() > 1) {
            return "multiple";
        }
        return definitions.isEmpty() ? "" : definitions.get(0);
    }

    private static Bounds labelBounds(Element di) {
        Element label = firstChild(di, BPMNDI, "BPMNLabel");
        Element bounds = label == null ? null : firstChild(label, DC, "Bounds");
        return bounds == null ? null : bounds(bounds);
    }

    private static Bounds bounds(Element bounds) {
        if (bounds == null) {
            return new Bounds(0, 0, 0, 0);
        }
        return new Bounds(number(bounds, "x"), number(bounds, "y"), number(bounds, "width"),
                number(bounds, "height"));
    }

    private static double number(Element element, String attribute) {
        String text = element.getAttribute(attribute).strip();
        return text.isEmpty() ? 0 : Double.parseDouble(text);
    }

    private static Element firstDescendant(Element root, String namespace, String local) {
        for (Element child : children(root)) {
            if (namespace.equals(child.getNamespaceURI()) && local.equals(child.getLocalName())) {
                return child;
            }
            Element deeper = firstDescendant(child, namespace, local);
            if (deeper != null) {
                return deeper;
            }
        }
        return null;
    }

    private static Element firstChild(Element parent, String namespace, String local) {
        for (Element child : children(parent)) {
            if (namespace.equals(child.getNamespaceURI()) && local.equals(child.getLocalName())) {
                return child;
            }
        }
        return null;
    }

    private static List<Element> children(Element parent) {
        List<Element> children = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                children.add(element);
            }
        }
        return children;
    }
}
