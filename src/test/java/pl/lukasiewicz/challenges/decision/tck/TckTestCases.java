package pl.lukasiewicz.challenges.decision.tck;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetTime;
import java.time.Period;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.kie.dmn.feel.lang.types.impl.ComparablePeriod;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * Reads a TCK test file ({@code *-test-01.xml}, namespace
 * {@value #TEST_CASE_NAMESPACE}) into cases: for each, the inputs as the JSON object a CRM
 * would post, and each expected result as a typed Java value.
 *
 * <p>A {@code <value>} is read by its {@code xsi:type}: for the inputs, numbers become JSON
 * numbers with every digit kept, text and booleans stay so, and dates, times and durations
 * become their ISO text; for the expected results, numbers become {@link BigDecimal}, dates
 * {@link LocalDate}, times {@link LocalTime} or {@link OffsetTime}, dates and times
 * {@link LocalDateTime} or {@link ZonedDateTime}, days and time durations {@link Duration} and
 * years and months durations {@link ComparablePeriod}. {@code <component name>} elements make
 * an object or map, {@code <list><item>} a list, and {@code xsi:nil="true"} a null.
 */
public final class TckTestCases {

    public static final String TEST_CASE_NAMESPACE =
            "http://www.omg.org/spec/DMN/20160719/testcase";
    private static final String XSI = XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI;
    private static final String XSD = XMLConstants.W3C_XML_SCHEMA_NS_URI;
    private static final JsonNodeFactory JSON = JsonNodeFactory.withExactBigDecimals(true);

    /**
     * One test case: the inputs a caller sends and the results the model must give, by
     * decision name, in the order the file lists them.
     */
    public record TckCase(String id, String description, ObjectNode inputs,
            Map<String, Object> expectedResults) {
    }

    /** The model file the test file names, and its cases. */
    public record TckTestFile(String modelFileName, List<TckCase> cases) {
    }

    private TckTestCases() {
    }

    public static TckTestFile read(byte[] testFile) {
        Element root = parse(testFile).getDocumentElement();
        if (!TEST_CASE_NAMESPACE.equals(root.getNamespaceURI())
                || !"testCases".equals(root.getLocalName())) {
            throw new IllegalArgumentException("Not a TCK test file: the root element is {"
                    + root.getNamespaceURI() + "}" + root.getLocalName());
        }
        String modelFileName = children(root, "modelName").stream()
                .map(Element::getTextContent).map(String::strip).findFirst().orElse(null);

        List<TckCase> cases = new ArrayList<>();
        for (Element testCase : children(root, "testCase")) {
            cases.add(testCase(testCase));
        }
        return new TckTestFile(modelFileName, cases);
    }

    private static TckCase testCase(Element testCase) {
        String id = testCase.getAttribute("id");
        if (!testCase.getAttribute("type").isEmpty()
                && !"decision".equals(testCase.getAttribute("type"))) {
            throw new IllegalArgumentException("Case " + id + " tests a "
                    + testCase.getAttribute("type") + "; only decisions are read");
        }
        String description = children(testCase, "description").stream()
                .map(Element::getTextContent).map(String::strip).findFirst().orElse("");

        ObjectNode inputs = JSON.objectNode();
        for (Element input : children(testCase, "inputNode")) {
            inputs.set(input.getAttribute("name"), json(input));
        }

        Map<String, Object> expected = new LinkedHashMap<>();
        for (Element result : children(testCase, "resultNode")) {
            if (Boolean.parseBoolean(result.getAttribute("errorResult"))) {
                throw new IllegalArgumentException("Case " + id + " expects an error from "
                        + result.getAttribute("name") + "; such cases are not read");
            }
            Element value = children(result, "expected").stream().findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("Case " + id
                            + " gives no expected value for " + result.getAttribute("name")));
            expected.put(result.getAttribute("name"), typed(value));
        }
        if (expected.isEmpty()) {
            throw new IllegalArgumentException("Case " + id + " expects no result, so it"
                    + " could not fail");
        }
        return new TckCase(id, description, inputs, expected);
    }

    /** The JSON a caller would send for a value element (valueType in the TCK schema). */
    private static JsonNode json(Element valueType) {
        Element value = onlyChild(valueType, "value");
        if (value != null) {
            return isNil(value) ? JSON.nullNode() : jsonScalar(value);
        }
        Element list = onlyChild(valueType, "list");
        if (list != null) {
            if (isNil(list)) {
                return JSON.nullNode();
            }
            ArrayNode items = JSON.arrayNode();
            children(list, "item").forEach(item -> items.add(json(item)));
            return items;
        }
        List<Element> components = children(valueType, "component");
        if (components.isEmpty()) {
            return JSON.nullNode();
        }
        ObjectNode object = JSON.objectNode();
        for (Element component : components) {
            object.set(component.getAttribute("name"),
                    isNil(component) ? JSON.nullNode() : json(component));
        }
        return object;
    }

    private static JsonNode jsonScalar(Element value) {
        String text = value.getTextContent();
        return switch (xsdType(value)) {
            case "decimal", "integer", "int", "long", "short", "double", "float" ->
                    JSON.numberNode(new BigDecimal(text.strip()));
            case "boolean" -> JSON.booleanNode(xsdBoolean(text));
            case "date", "time", "dateTime", "duration", "dayTimeDuration",
                    "yearMonthDuration" -> JSON.textNode(text.strip());
            default -> JSON.textNode(text);
        };
    }

    /** The Java value a result must equal, for a value element. */
    private static Object typed(Element valueType) {
        Element value = onlyChild(valueType, "value");
        if (value != null) {
            return isNil(value) ? null : typedScalar(value);
        }
        Element list = onlyChild(valueType, "list");
        if (list != null) {
            if (isNil(list)) {
                return null;
            }
            List<Object> items = new ArrayList<>();
            children(list, "item").forEach(item -> items.add(typed(item)));
            return items;
        }
        List<Element> components = children(valueType, "component");
        if (components.isEmpty()) {
            return null;
        }
        Map<String, Object> structure = new LinkedHashMap<>();
        for (Element component : components) {
            structure.put(component.getAttribute("name"),
                    isNil(component) ? null : typed(component));
        }
        return structure;
    }

    private static Object typedScalar(Element value) {
        String text = value.getTextContent();
        String trimmed = text.strip();
        return switch (xsdType(value)) {
            case "decimal", "integer", "int", "long", "short", "double", "float" ->
                    new BigDecimal(trimmed);
            case "boolean" -> xsdBoolean(text);
            case "date" -> LocalDate.parse(trimmed);
            case "time" -> DateTimeFormatter.ISO_TIME.parseBest(trimmed, OffsetTime::from,
                    LocalTime::from);
            case "dateTime" -> DateTimeFormatter.ISO_DATE_TIME.parseBest(trimmed,
                    ZonedDateTime::from, LocalDateTime::from);
            case "dayTimeDuration" -> Duration.parse(trimmed);
            case "yearMonthDuration" -> yearsAndMonths(trimmed);
            case "duration" -> trimmed.matches("-?P[^T]*[YM].*")
                    ? yearsAndMonths(trimmed)
                    : Duration.parse(trimmed);
            default -> text;
        };
    }

    private static ComparablePeriod yearsAndMonths(String text) {
        return new ComparablePeriod(Period.parse(text).normalized());
    }

    /** The local name of an {@code xsi:type} in the XML Schema namespace; "" when untyped. */
    private static String xsdType(Element value) {
        String type = value.getAttributeNS(XSI, "type");
        if (type.isEmpty()) {
            return "";
        }
        int colon = type.indexOf(':');
        String prefix = colon < 0 ? null : type.substring(0, colon);
        String namespace = value.lookupNamespaceURI(prefix);
        if (!XSD.equals(namespace)) {
            throw new IllegalArgumentException("Value type " + type + " is not an XML Schema"
                    + " type; namespace " + namespace);
        }
        return type.substring(colon + 1);
    }

    private static boolean xsdBoolean(String text) {
        String trimmed = text.strip();
        if (!trimmed.matches("true|false|1|0")) {
            throw new IllegalArgumentException("Not an xsd:boolean: '" + text + "'");
        }
        return trimmed.equals("true") || trimmed.equals("1");
    }

    private static boolean isNil(Element element) {
        return xsdBoolean(element.hasAttributeNS(XSI, "nil")
                ? element.getAttributeNS(XSI, "nil") : "false");
    }

    private static Element onlyChild(Element parent, String localName) {
        List<Element> found = children(parent, localName);
        if (found.size() > 1) {
            throw new IllegalArgumentException("More than one <" + localName + "> in <"
                    + parent.getLocalName() + " name=\"" + parent.getAttribute("name") + "\">");
        }
        return found.isEmpty() ? null : found.get(0);
    }

    private static List<Element> children(Element parent, String localName) {
        List<Element> found = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element
                    && TEST_CASE_NAMESPACE.equals(element.getNamespaceURI())
                    && localName.equals(element.getLocalName())) {
                found.add(element);
            }
        }
        return found;
    }

    private static Document parse(byte[] xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            DocumentBuilder builder = factory.newDocumentBuilder();
            return builder.parse(new ByteArrayInputStream(xml));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalArgumentException("Cannot read the TCK test file", e);
        }
    }
}
