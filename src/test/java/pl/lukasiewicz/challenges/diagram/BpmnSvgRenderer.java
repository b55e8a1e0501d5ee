package pl.lukasiewicz.challenges.diagram;

import static pl.lukasiewicz.challenges.diagram.SvgWriter.number;
import static pl.lukasiewicz.challenges.diagram.SvgWriter.pair;
import static pl.lukasiewicz.challenges.diagram.SvgWriter.points;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import pl.lukasiewicz.challenges.diagram.BpmnDiagram.Bounds;
import pl.lukasiewicz.challenges.diagram.BpmnDiagram.Edge;
import pl.lukasiewicz.challenges.diagram.BpmnDiagram.Point;
import pl.lukasiewicz.challenges.diagram.BpmnDiagram.Shape;

/**
 * Draws a BPMN diagram as SVG in the usual BPMN look, from the positions its file gives:
 * it lays nothing out itself. Layers, bottom to top: pools and lanes, flow nodes, edges,
 * boundary events, groups, then the names outside shapes (with a white halo, so that a line
 * under a name does not hide it).
 */
final class BpmnSvgRenderer {

    /** Wider diagrams are scaled down to this width; narrower ones keep their size. */
    static final double MAX_WIDTH = 1600;

    static final String INK = "#1f2328";
    static final String WHITE = "#ffffff";
    private static final String FONT = "Arial, Helvetica, sans-serif";
    private static final double TASK_FONT = 12;
    private static final double LABEL_FONT = 11;
    private static final double LANE_FONT = 13;
    private static final double BAND = 30;
    private static final double GLYPH_SPACE = 25;
    private static final double MARGIN = 20;
    private static final double ARROW_LENGTH = 11;
    private static final double ARROW_HALF_WIDTH = 4.5;

    private final SvgWriter svg = new SvgWriter(1);
    private final BpmnGlyphs glyphs = new BpmnGlyphs(svg);
    private final Map<String, Shape> shapesById = new HashMap<>();
    private double minX = Double.POSITIVE_INFINITY;
    private double minY = Double.POSITIVE_INFINITY;
    private double maxX = Double.NEGATIVE_INFINITY;
    private double maxY = Double.NEGATIVE_INFINITY;

    private BpmnSvgRenderer() {
    }

    /**
     * The SVG document of a diagram.
     *
     * @param source the file name the diagram was read from, named in the document
     * @param rerender how to render it again, written in the document's opening comment
     */
    static String render(BpmnDiagram diagram, String source, String rerender) {
        BpmnSvgRenderer renderer = new BpmnSvgRenderer();
        renderer.drawLayers(diagram);
        return renderer.document(diagram, source, rerender);
    }

    private void drawLayers(BpmnDiagram diagram) {
        for (Shape shape : diagram.shapes()) {
            shapesById.putIfAbsent(shape.elementId(), shape);
        }
        List<Edge> edges = diagram.edges().stream().map(this::clipped).toList();

        svg.open("g", "class", "containers");
        for (Shape shape : diagram.shapes()) {
            if (shape.kind().equals("participant")) {
                container(shape, 1.5);
            }
        }
        for (Shape shape : diagram.shapes()) {
            if (shape.kind().equals("lane")) {
                container(shape, 1);
            }
        }
        svg.close("g");

        svg.open("g", "class", "nodes");
        for (Shape shape : diagram.shapes()) {
            if (!isContainer(shape) && !isBoundary(shape) && !shape.kind().equals("group")) {
                node(shape);
            }
        }
        svg.close("g");

        svg.open("g", "class", "edges", "fill", "none", "stroke", INK,
                "stroke-linejoin", "round");
        for (Edge edge : edges) {
            edge(edge);
        }
        svg.close("g");

        svg.open("g", "class", "boundary-events");
        for (Shape shape : diagram.shapes()) {
            if (isBoundary(shape)) {
                node(shape);
            }
        }
        svg.close("g");

        svg.open("g", "class", "groups");
        for (Shape shape : diagram.shapes()) {
            if (shape.kind().equals("group")) {
                group(shape);
            }
        }
        svg.close("g");

        svg.open("g", "class", "labels", "fill", INK,
                "stroke", WHITE, "stroke-width", 3.0, "stroke-linejoin", "round",
                "paint-order", "stroke");
        for (Shape shape : diagram.shapes()) {
            if (hasOuterLabel(shape) && !shape.name().isEmpty()) {
                shapeLabel(shape);
            }
        }
        for (Edge edge : edges) {
            if (!edge.name().isEmpty() && edge.waypoints().size() >= 2) {
                edgeLabel(edge);
            }
        }
        svg.close("g");
    }

    private String document(BpmnDiagram diagram, String source, String rerender) {
        if (minX > maxX) {
            minX = 0;
            minY = 0;
            maxX = 100;
            maxY = 100;
        }
        double x = minX - MARGIN;
        double y = minY - MARGIN;
        double width = maxX - minX + 2 * MARGIN;
        double height = maxY - minY + 2 * MARGIN;
        double scale = Math.min(1, MAX_WIDTH / width);

        SvgWriter head = new SvgWriter();
        head.open("svg", "xmlns", "http://www.w3.org/2000/svg", "width", width * scale,
                "height", height * scale, "viewBox", points(x, y).replace(',', ' ')
                        + " " + number(width) + " " + number(height),
                "font-family", FONT);
        head.comment("Drawn from " + source + "; do not edit by hand. " + rerender);
        head.text("title", diagram.title().isEmpty() ? source : diagram.title());
        head.empty("rect", "class", "background", "x", x, "y", y, "width", width,
                "height", height, "fill", WHITE);
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + head + svg + "</svg>\n";
    }

    // ---- pools, lanes, groups ----

    private void container(Shape shape, double strokeWidth) {
        Bounds b = shape.bounds();
        include(b);
        shapeGroup(shape);
        svg.empty("rect", "x", b.x(), "y", b.y(), "width", b.width(), "height", b.height(),
                "fill", "none", "stroke", INK, "stroke-width", strokeWidth);
        svg.empty("line", "x1", b.x() + BAND, "y1", b.y(), "x2", b.x() + BAND, "y2",
                b.bottom(), "stroke", INK, "stroke-width", strokeWidth);
        List<String> lines = TextLayout.wrap(shape.name(), b.height() - 10, LANE_FONT);
        double centerX = b.x() + BAND / 2;
        double centerY = b.centerY();
        double lineHeight = LANE_FONT * TextLayout.LINE_HEIGHT;
        double top = centerY - lines.size() * lineHeight / 2;
        writeText(lines, centerX, top, LANE_FONT, "middle", "transform", "rotate(-90 "
                + number(centerX) + " " + number(centerY) + ")");
        svg.close("g");
    }

    private void group(Shape shape) {
        Bounds b = shape.bounds();
        include(b);
        shapeGroup(shape);
        svg.empty("rect", "x", b.x(), "y", b.y(), "width", b.width(), "height", b.height(),
                "rx", 8.0, "fill", "none", "stroke", INK, "stroke-width", 1.2,
                "stroke-dasharray", "8 4 2 4");
        textLines(TextLayout.wrap(shape.name(), b.width() - 16, LABEL_FONT), b.x() + 8,
                b.y() + 4, LABEL_FONT, "start");
        svg.close("g");
    }

    // ---- flow nodes ----

    private void node(Shape shape) {
        include(shape.bounds());
        shapeGroup(shape);
        String kind = shape.kind();
        if (kind.endsWith("Event")) {
            event(shape);
        } else if (kind.endsWith("Gateway")) {
            gateway(shape);
        } else if (kind.equals("task") || kind.endsWith("Task")) {
            task(shape);
        } else if (isSubProcess(kind)) {
            subProcess(shape);
        } else if (kind.equals("dataObjectReference") || kind.equals("dataObject")
                || kind.equals("dataInput") || kind.equals("dataOutput")) {
            dataObject(shape.bounds());
        } else if (kind.equals("dataStoreReference")) {
            dataStore(shape.bounds());
        } else if (kind.equals("textAnnotation")) {
            textAnnotation(shape);
        } else {
            unknown(shape);
        }
        svg.close("g");
    }

    private void event(Shape shape) {
        Bounds b = shape.bounds();
        double cx = b.centerX();
        double cy = b.centerY();
        double r = Math.min(b.width(), b.height()) / 2;
        String dash = shape.interrupting() ? "none" : "5 3";
        switch (shape.kind()) {
            case "startEvent" -> circle(cx, cy, r, WHITE, 1.5, dash);
            case "endEvent" -> circle(cx, cy, r - 1.5, WHITE, 3.5, dash);
            default -> {
                circle(cx, cy, r, WHITE, 1.2, dash);
                circle(cx, cy, r - 3.5, "none", 1.2, dash);
            }
        }
        boolean throwing = shape.kind().equals("endEvent")
                || shape.kind().equals("intermediateThrowEvent");
        glyphs.eventGlyph(shape.eventDefinition(), cx, cy, r, throwing);
    }

    private void gateway(Shape shape) {
        Bounds b = shape.bounds();
        double cx = b.centerX();
        double cy = b.centerY();
        svg.empty("polygon", "points", points(cx, b.y(), b.right(), cy, cx,
                b.bottom(), b.x(), cy), "fill", WHITE, "stroke", INK, "stroke-width", 1.5);
        glyphs.gatewayMarker(shape.kind(), cx, cy, b.width());
    }

    private void task(Shape shape) {
        Bounds b = shape.bounds();
        roundedBox(b, 1.5, "none");
        glyphs.repetitionMarker(shape.repetition(), b.centerX(), b.bottom() - 9);
        boolean marked = glyphs.taskGlyph(shape.kind(), b.x() + 6, b.y() + 6);
        if (!marked) {
            centredName(shape.name(), b);
            return;
        }
        nameBesideGlyph(shape.name(), b);
    }

    /**
     * The name centred as usual, with the lines that would run into the glyph in the top
     * left corner wrapped narrower so that they pass beside it.
     */
    private void nameBesideGlyph(String name, Bounds b) {
        double lineHeight = TASK_FONT * TextLayout.LINE_HEIGHT;
        double glyphBottom = b.y() + GLYPH_SPACE;
        List<String> lines = TextLayout.wrap(name, b.width() - 16, TASK_FONT);
        for (int attempt = 0; attempt < 4; attempt++) {
            double top = b.centerY() - lines.size() * lineHeight / 2;
            int narrow = (int) Math.max(0, Math.ceil((glyphBottom - top) / lineHeight));
            List<String> next = TextLayout.wrap(name, TASK_FONT, narrow,
                    b.width() - 2 * GLYPH_SPACE, b.width() - 16);
            boolean settled = next.size() == lines.size();
            lines = next;
            if (settled) {
                break;
            }
        }
        double top = b.centerY() - lines.size() * lineHeight / 2;
        textLines(lines, b.centerX(), top, TASK_FONT, "middle");
    }

    private void subProcess(Shape shape) {
        Bounds b = shape.bounds();
        double stroke = shape.kind().equals("callActivity") ? 3.5 : 1.5;
        String dash = shape.eventSubProcess() ? "2 3" : "none";
        if (shape.expanded()) {
            roundedBox(b, stroke, dash, "none");
            textLines(TextLayout.wrap(shape.name(), b.width() - 16, TASK_FONT), b.x() + 8,
                    b.y() + 6, TASK_FONT, "start");
            return;
        }
        roundedBox(b, stroke, dash);
        centredName(shape.name(), new Bounds(b.x(), b.y(), b.width(), b.height() - 14));
        double size = 14;
        glyphs.repetitionMarker(shape.repetition(), b.centerX() - size - 6, b.bottom() - 9);
        glyphs.collapsedMarker(b.centerX() - size / 2, b.bottom() - size - 2, size);
    }

    private void dataObject(Bounds b) {
        double fold = Math.min(10, b.width() / 3);
        svg.empty("path", "d", "M" + pair(b.x(), b.y()) + " H" + number(b.right()
                - fold) + " L" + pair(b.right(), b.y() + fold) + " V"
                + number(b.bottom()) + " H" + number(b.x()) + " Z",
                "fill", WHITE, "stroke", INK, "stroke-width", 1.2);
        svg.empty("polyline", "points", points(b.right() - fold, b.y(),
                b.right() - fold, b.y() + fold, b.right(), b.y() + fold), "fill", "none",
                "stroke", INK, "stroke-width", 1.2);
    }

    private void dataStore(Bounds b) {
        double ry = Math.min(8, b.height() / 6);
        String rx = number(b.width() / 2) + " " + number(ry);
        svg.empty("path", "d", "M" + pair(b.x(), b.y() + ry) + " A" + rx + " 0 0 1 "
                + pair(b.right(), b.y() + ry) + " V" + number(b.bottom() - ry)
                + " A" + rx + " 0 0 1 " + pair(b.x(), b.bottom() - ry) + " Z",
                "fill", WHITE, "stroke", INK, "stroke-width", 1.2);
        svg.empty("path", "d", "M" + pair(b.x(), b.y() + ry) + " A" + rx + " 0 0 0 "
                + pair(b.right(), b.y() + ry), "fill", "none", "stroke", INK,
                "stroke-width", 1.2);
    }

    private void textAnnotation(Shape shape) {
        Bounds b = shape.bounds();
        svg.empty("polyline", "points", points(b.x() + 12, b.y(), b.x(), b.y(),
                b.x(), b.bottom(), b.x() + 12, b.bottom()), "fill", "none", "stroke", INK,
                "stroke-width", 1.2);
        List<String> lines = TextLayout.wrap(shape.name(), b.width() - 10, LABEL_FONT);
        double height = lines.size() * LABEL_FONT * TextLayout.LINE_HEIGHT;
        textLines(lines, b.x() + 6, b.centerY() - height / 2, LABEL_FONT, "start");
    }

    private void unknown(Shape shape) {
        Bounds b = shape.bounds();
        svg.comment(shape.elementId() + " (" + shape.kind() + ") is drawn as a plain box");
        svg.empty("rect", "x", b.x(), "y", b.y(), "width", b.width(), "height", b.height(),
                "fill", "none", "stroke", INK, "stroke-dasharray", "4 3");
        centredName(shape.name(), b);
    }

    // ---- edges ----

    /** The edge with ends that lie inside its source or target moved to their outline. */
    private Edge clipped(Edge edge) {
        List<Point> points = EdgeClipping.clip(edge.waypoints(),
                shapesById.get(edge.sourceId()), shapesById.get(edge.targetId()));
        return new Edge(edge.elementId(), edge.kind(), edge.name(), points, edge.label(),
                edge.defaultFlow(), edge.conditionalFromActivity(), edge.directed(),
                edge.sourceId(), edge.targetId());
    }

    private void edge(Edge edge) {
        List<Point> points = edge.waypoints();
        svg.open("g", "class", "edge " + edge.kind(), "data-element", edge.elementId());
        if (points.size() < 2) {
            svg.comment(edge.elementId() + " has fewer than two waypoints");
            svg.close("g");
            return;
        }
        for (Point point : points) {
            include(point.x(), point.y());
        }
        switch (edge.kind()) {
            case "sequenceFlow" -> sequenceFlow(edge);
            case "messageFlow" -> {
                polyline(points, 1.3, "6 4", 0);
                Point start = points.get(0);
                svg.empty("circle", "cx", start.x(), "cy", start.y(), "r", 4.0,
                        "fill", WHITE, "stroke-width", 1.2);
                arrowhead(points, WHITE);
            }
            case "association" -> {
                polyline(points, 1.2, "2 3", 0);
                if (edge.directed()) {
                    openArrowhead(points);
                }
            }
            case "dataInputAssociation", "dataOutputAssociation" -> {
                polyline(points, 1.2, "2 3", 0);
                openArrowhead(points);
            }
            default -> polyline(points, 1, "3 3", 0);
        }
        svg.close("g");
    }

    private void sequenceFlow(Edge edge) {
        List<Point> points = edge.waypoints();
        polyline(points, 1.5, "none", ARROW_LENGTH / 2);
        arrowhead(points, INK);
        Point start = points.get(0);
        double[] direction = direction(start, points.get(1));
        if (edge.defaultFlow()) {
            double px = start.x() + direction[0] * 10;
            double py = start.y() + direction[1] * 10;
            double sx = (direction[0] - direction[1]) * 0.707 * 6;
            double sy = (direction[1] + direction[0]) * 0.707 * 6;
            svg.empty("line", "class", "default-mark", "x1", px - sx, "y1", py - sy,
                    "x2", px + sx, "y2", py + sy, "stroke-width", 1.5);
        }
        if (edge.conditionalFromActivity()) {
            double ux = direction[0] * 7;
            double uy = direction[1] * 7;
            double nx = -direction[1] * 4.5;
            double ny = direction[0] * 4.5;
            svg.empty("polygon", "class", "condition-mark", "points", points(
                    start.x(), start.y(), start.x() + ux + nx, start.y() + uy + ny,
                    start.x() + 2 * ux, start.y() + 2 * uy, start.x() + ux - nx,
                    start.y() + uy - ny), "fill", WHITE, "stroke-width", 1.2);
        }
    }

    /** The polyline, its last point pulled back by shortenEnd so the arrow's tip stays sharp. */
    private void polyline(List<Point> points, double width, String dash, double shortenEnd) {
        double[] coordinates = new double[points.size() * 2];
        for (int i = 0; i < points.size(); i++) {
            coordinates[2 * i] = points.get(i).x();
            coordinates[2 * i + 1] = points.get(i).y();
        }
        Point[] last = lastSegment(points);
        if (shortenEnd > 0 && last != null) {
            double[] direction = direction(last[0], last[1]);
            coordinates[coordinates.length - 2] -= direction[0] * shortenEnd;
            coordinates[coordinates.length - 1] -= direction[1] * shortenEnd;
        }
        svg.empty("polyline", "points", points(coordinates), "stroke-width", width,
                "stroke-dasharray", dash);
    }

    private void arrowhead(List<Point> points, String fill) {
        Point[] last = lastSegment(points);
        if (last == null) {
            return;
        }
        double[] d = direction(last[0], last[1]);
        Point tip = last[1];
        double baseX = tip.x() - d[0] * ARROW_LENGTH;
        double baseY = tip.y() - d[1] * ARROW_LENGTH;
        svg.empty("polygon", "class", "arrow", "points", points(tip.x(), tip.y(),
                baseX - d[1] * ARROW_HALF_WIDTH, baseY + d[0] * ARROW_HALF_WIDTH,
                baseX + d[1] * ARROW_HALF_WIDTH, baseY - d[0] * ARROW_HALF_WIDTH),
                "fill", fill, "stroke-width", 1.0);
    }

    private void openArrowhead(List<Point> points) {
        Point[] last = lastSegment(points);
        if (last == null) {
            return;
        }
        double[] d = direction(last[0], last[1]);
        Point tip = last[1];
        double baseX = tip.x() - d[0] * ARROW_LENGTH;
        double baseY = tip.y() - d[1] * ARROW_LENGTH;
        svg.empty("polyline", "class", "arrow", "points", points(
                baseX - d[1] * ARROW_HALF_WIDTH, baseY + d[0] * ARROW_HALF_WIDTH,
                tip.x(), tip.y(), baseX + d[1] * ARROW_HALF_WIDTH,
                baseY - d[0] * ARROW_HALF_WIDTH), "stroke-width", 1.2);
    }

    /** The last segment of non-zero length, or null when all points coincide. */
    private static Point[] lastSegment(List<Point> points) {
        Point end = points.get(points.size() - 1);
        for (int i = points.size() - 2; i >= 0; i--) {
            Point before = points.get(i);
            if (before.x() != end.x() || before.y() != end.y()) {
                return new Point[] {before, end};
            }
        }
        return null;
    }

    private static double[] direction(Point from, Point to) {
        double dx = to.x() - from.x();
        double dy = to.y() - from.y();
        double length = Math.hypot(dx, dy);
        if (length == 0) {
            return new double[] {1, 0};
        }
        return new double[] {dx / length, dy / length};
    }

    // ---- names ----

    private void centredName(String name, Bounds b) {
        List<String> lines = TextLayout.wrap(name, b.width() - 16, TASK_FONT);
        double height = lines.size() * TASK_FONT * TextLayout.LINE_HEIGHT;
        textLines(lines, b.centerX(), b.centerY() - height / 2, TASK_FONT, "middle");
    }

    private void shapeLabel(Shape shape) {
        Bounds b = shape.bounds();
        Bounds label = shape.label();
        if (label != null) {
            labelInBox(shape.elementId(), shape.name(), label);
            return;
        }
        List<String> lines = TextLayout.wrap(shape.name(), Math.max(90, b.width()),
                LABEL_FONT);
        labelLines(shape.elementId(), lines, b.centerX(), b.bottom() + 5, "middle");
    }

    private void edgeLabel(Edge edge) {
        if (edge.label() != null) {
            labelInBox(edge.elementId(), edge.name(), edge.label());
            return;
        }
        List<String> lines = TextLayout.wrap(edge.name(), 120, LABEL_FONT);
        double height = lines.size() * LABEL_FONT * TextLayout.LINE_HEIGHT;
        Point[] middle = middle(edge.waypoints());
        Point at = middle[0];
        double[] d = direction(middle[1], middle[2]);
        if (Math.abs(d[0]) >= Math.abs(d[1])) {
            labelLines(edge.elementId(), lines, at.x(), at.y() - 4 - height, "middle");
        } else {
            labelLines(edge.elementId(), lines, at.x() + 6, at.y() - height / 2, "start");
        }
    }

    /** The point halfway along the polyline, and the segment it lies on. */
    private static Point[] middle(List<Point> points) {
        double total = 0;
        for (int i = 1; i < points.size(); i++) {
            total += distance(points.get(i - 1), points.get(i));
        }
        double remaining = total / 2;
        for (int i = 1; i < points.size(); i++) {
            Point from = points.get(i - 1);
            Point to = points.get(i);
            double length = distance(from, to);
            if (length > 0 && remaining <= length) {
                double t = remaining / length;
                Point at = new Point(from.x() + (to.x() - from.x()) * t,
                        from.y() + (to.y() - from.y()) * t);
                return new Point[] {at, from, to};
            }
            remaining -= length;
        }
        Point first = points.get(0);
        return new Point[] {first, first, points.get(points.size() - 1)};
    }

    private static double distance(Point a, Point b) {
        return Math.hypot(b.x() - a.x(), b.y() - a.y());
    }

    private void labelInBox(String elementId, String name, Bounds box) {
        List<String> lines = TextLayout.wrap(name, Math.max(90, box.width() * 1.1),
                LABEL_FONT);
        double height = lines.size() * LABEL_FONT * TextLayout.LINE_HEIGHT;
        labelLines(elementId, lines, box.centerX(), box.centerY() - height / 2, "middle");
    }

    private void labelLines(String elementId, List<String> lines, double x, double top,
            String anchor) {
        textLines(lines, x, top, LABEL_FONT, anchor, "class", "label", "data-element",
                elementId);
    }

    /** Lines of text from top, each 1.2 font sizes high, counted into the canvas. */
    private void textLines(List<String> lines, double x, double top, double fontSize,
            String anchor, Object... attributes) {
        if (!lines.isEmpty()) {
            includeText(lines, x, top, fontSize, anchor);
        }
        writeText(lines, x, top, fontSize, anchor, attributes);
    }

    private void writeText(List<String> lines, double x, double top, double fontSize,
            String anchor, Object... attributes) {
        if (lines.isEmpty()) {
            return;
        }
        double lineHeight = fontSize * TextLayout.LINE_HEIGHT;
        svg.open("text", concat(attributes, new Object[] {"x", x, "font-size", fontSize,
                "text-anchor", anchor}));
        for (int i = 0; i < lines.size(); i++) {
            svg.text("tspan", lines.get(i), "x", x, "y", top + i * lineHeight + fontSize);
        }
        svg.close("text");
    }

    private void includeText(List<String> lines, double x, double top, double fontSize,
            String anchor) {
        double width = TextLayout.widest(lines, fontSize);
        double left = switch (anchor) {
            case "middle" -> x - width / 2;
            case "end" -> x - width;
            default -> x;
        };
        include(left, top);
        include(left + width, top + lines.size() * fontSize * TextLayout.LINE_HEIGHT);
    }

    // ---- small drawing steps ----

    private void shapeGroup(Shape shape) {
        svg.open("g", "class", "shape " + shape.kind(), "data-element", shape.elementId());
    }

    private void roundedBox(Bounds b, double strokeWidth, String dash) {
        roundedBox(b, strokeWidth, dash, WHITE);
    }

    private void roundedBox(Bounds b, double strokeWidth, String dash, String fill) {
        svg.empty("rect", "x", b.x(), "y", b.y(), "width", b.width(), "height", b.height(),
                "rx", 10.0, "fill", fill, "stroke", INK, "stroke-width", strokeWidth,
                "stroke-dasharray", dash);
    }

    private void circle(double cx, double cy, double r, String fill, double width,
            String dash) {
        svg.empty("circle", "cx", cx, "cy", cy, "r", r, "fill", fill, "stroke", INK,
                "stroke-width", width, "stroke-dasharray", dash);
    }


    private void include(Bounds b) {
        include(b.x(), b.y());
        include(b.right(), b.bottom());
    }

    private void include(double x, double y) {
        minX = Math.min(minX, x);
        minY = Math.min(minY, y);
        maxX = Math.max(maxX, x);
        maxY = Math.max(maxY, y);
    }

    private static boolean isContainer(Shape shape) {
        return shape.kind().equals("participant") || shape.kind().equals("lane");
    }

    private static boolean isBoundary(Shape shape) {
        return shape.kind().equals("boundaryEvent");
    }

    private static boolean isSubProcess(String kind) {
        return kind.equals("subProcess") || kind.equals("adHocSubProcess")
                || kind.equals("transaction") || kind.equals("callActivity");
    }

    /** Events, gateways and data carry their names outside, below or at their label bounds. */
    private static boolean hasOuterLabel(Shape shape) {
        String kind = shape.kind();
        return kind.endsWith("Event") || kind.endsWith("Gateway")
                || kind.startsWith("data");
    }

    private static Object[] concat(Object[] first, Object[] second) {
        Object[] all = new Object[first.length + second.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }
}
