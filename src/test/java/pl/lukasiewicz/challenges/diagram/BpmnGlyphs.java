package pl.lukasiewicz.challenges.diagram;

import static pl.lukasiewicz.challenges.diagram.BpmnSvgRenderer.INK;
import static pl.lukasiewicz.challenges.diagram.BpmnSvgRenderer.WHITE;
import static pl.lukasiewicz.challenges.diagram.SvgWriter.number;
import static pl.lukasiewicz.challenges.diagram.SvgWriter.pair;
import static pl.lukasiewicz.challenges.diagram.SvgWriter.points;

/**
 * The small marks inside BPMN shapes that say what kind of node they are: event definitions,
 * task kinds, gateway kinds, loops and collapsed sub-processes. Each goes in a group whose
 * class names it ("glyph timer", "glyph userTask", ...).
 */
final class BpmnGlyphs {

    private final SvgWriter svg;

    BpmnGlyphs(SvgWriter svg) {
        this.svg = svg;
    }

    void gatewayMarker(String kind, double cx, double cy, double w) {
        svg.open("g", "class", "glyph " + kind, "stroke", INK, "fill", "none");
        switch (kind) {
            case "exclusiveGateway" -> cross(cx, cy, w * 0.15, 3.5);
            case "parallelGateway" -> plus(cx, cy, w * 0.22, 3.5);
            case "inclusiveGateway" -> svg.empty("circle", "cx", cx, "cy", cy,
                    "r", w * 0.2, "stroke-width", 2.5);
            case "complexGateway" -> {
                plus(cx, cy, w * 0.22, 2.5);
                cross(cx, cy, w * 0.15, 2.5);
            }
            case "eventBasedGateway" -> {
                svg.empty("circle", "cx", cx, "cy", cy, "r", w * 0.27, "stroke-width", 1.2);
                svg.empty("circle", "cx", cx, "cy", cy, "r", w * 0.22, "stroke-width", 1.2);
                pentagon(cx, cy, w * 0.13);
            }
            default -> svg.comment("no marker for a " + kind);
        }
        svg.close("g");
    }

    /** The square with a plus of a collapsed sub-process, its top left corner at x, y. */
    void collapsedMarker(double x, double y, double size) {
        svg.open("g", "class", "glyph collapsed", "fill", "none", "stroke", INK);
        svg.empty("rect", "x", x, "y", y, "width", size, "height", size, "stroke-width", 1.0);
        plus(x + size / 2, y + size / 2, size * 0.3, 1.5);
        svg.close("g");
    }

    void eventGlyph(String definition, double cx, double cy, double r,
            boolean throwing) {
        if (definition.isEmpty()) {
            return;
        }
        String fill = throwing ? INK : WHITE;
        svg.open("g", "class", "glyph " + definition, "stroke", INK, "stroke-width", 1.2,
                "fill", fill);
        switch (definition) {
            case "timer" -> clock(cx, cy, r * 0.62);
            case "message" -> envelope(cx - r * 0.5, cy - r * 0.33, r, r * 0.66, throwing);
            case "signal" -> polygon(cx, cy - r * 0.55, cx + r * 0.5, cy + r * 0.35,
                    cx - r * 0.5, cy + r * 0.35);
            case "error" -> polygon(cx - r * 0.45, cy + r * 0.45, cx - r * 0.2, cy - r * 0.45,
                    cx + r * 0.1, cy + r * 0.1, cx + r * 0.45, cy - r * 0.45,
                    cx + r * 0.2, cy + r * 0.45, cx - r * 0.1, cy - r * 0.1);
            case "escalation" -> polygon(cx, cy - r * 0.55, cx + r * 0.4, cy + r * 0.45,
                    cx, cy + r * 0.05, cx - r * 0.4, cy + r * 0.45);
            case "terminate" -> svg.empty("circle", "cx", cx, "cy", cy, "r", r * 0.6,
                    "fill", INK);
            case "conditional" -> conditionLines(cx, cy, r);
            case "compensate" -> {
                polygon(cx - r * 0.5, cy, cx, cy - r * 0.35, cx, cy + r * 0.35);
                polygon(cx, cy, cx + r * 0.5, cy - r * 0.35, cx + r * 0.5, cy + r * 0.35);
            }
            case "multiple" -> pentagon(cx, cy, r * 0.5);
            case "cancel" -> {
                line(cx - r * 0.35, cy - r * 0.35, cx + r * 0.35, cy + r * 0.35, 3);
                line(cx - r * 0.35, cy + r * 0.35, cx + r * 0.35, cy - r * 0.35, 3);
            }
            default -> svg.comment("no glyph for a " + definition + " event");
        }
        svg.close("g");
    }

    private void clock(double cx, double cy, double r) {
        svg.empty("circle", "cx", cx, "cy", cy, "r", r, "fill", WHITE);
        for (int hour = 0; hour < 12; hour++) {
            double angle = StrictMath.toRadians(hour * 30);
            double sin = StrictMath.sin(angle);
            double cos = StrictMath.cos(angle);
            line(cx + sin * r * 0.78, cy - cos * r * 0.78, cx + sin * r * 0.95,
                    cy - cos * r * 0.95, 1);
        }
        svg.empty("polyline", "points", points(cx, cy - r * 0.6, cx, cy,
                cx + r * 0.45, cy), "fill", "none", "stroke-width", 1.5);
    }

    private void conditionLines(double cx, double cy, double r) {
        svg.empty("rect", "x", cx - r * 0.4, "y", cy - r * 0.5, "width", r * 0.8,
                "height", r, "fill", WHITE);
        for (int i = 1; i <= 4; i++) {
            double y = cy - r * 0.5 + i * r / 5;
            line(cx - r * 0.28, y, cx + r * 0.28, y, 1);
        }
    }

    /** Draws the marker of a kind of task in the corner at x, y; false for a plain task. */
    boolean taskGlyph(String kind, double x, double y) {
        switch (kind) {
            case "userTask" -> {
                glyphGroup(kind);
                svg.empty("path", "d", "M" + pair(x + 1, y + 18) + " C" + pair(x + 1, y + 10.5)
                        + " " + pair(x + 17, y + 10.5) + " " + pair(x + 17, y + 18) + " Z");
                svg.empty("circle", "cx", x + 9, "cy", y + 5.5, "r", 4.0);
                svg.close("g");
            }
            case "serviceTask" -> {
                glyphGroup(kind);
                gear(x + 9, y + 9);
                svg.close("g");
            }
            case "businessRuleTask" -> {
                glyphGroup(kind);
                svg.empty("rect", "x", x, "y", y + 2, "width", 18.0, "height", 13.0);
                svg.empty("rect", "x", x, "y", y + 2, "width", 18.0, "height", 4.0,
                        "fill", INK);
                line(x, y + 10.5, x + 18, y + 10.5, 1);
                line(x + 6, y + 6, x + 6, y + 15, 1);
                svg.close("g");
            }
            case "scriptTask" -> {
                glyphGroup(kind);
                svg.empty("path", "d", "M" + pair(x + 4, y) + " H" + number(x + 16)
                        + " C" + pair(x + 11, y + 5) + " " + pair(x + 20, y + 12) + " "
                        + pair(x + 14, y + 18) + " H" + number(x + 2) + " C"
                        + pair(x + 7, y + 13) + " " + pair(x - 2, y + 6) + " "
                        + pair(x + 4, y) + " Z");
                for (int i = 0; i < 4; i++) {
                    double lineY = y + 4 + i * 3.5;
                    line(x + 5 + (i % 2), lineY, x + 12 + (i % 2), lineY, 1);
                }
                svg.close("g");
            }
            case "sendTask" -> {
                glyphGroup(kind);
                envelope(x, y + 3, 18, 12, true);
                svg.close("g");
            }
            case "receiveTask" -> {
                glyphGroup(kind);
                envelope(x, y + 3, 18, 12, false);
                svg.close("g");
            }
            default -> {
                // a plain task, or a kind (manual) drawn without its marker
                return false;
            }
        }
        return true;
    }

    /** Three bars for a multi-instance activity, a turning arrow for a loop, at cx, cy. */
    void repetitionMarker(String repetition, double cx, double cy) {
        if (repetition.isEmpty()) {
            return;
        }
        svg.open("g", "class", "glyph " + repetition, "fill", "none", "stroke", INK,
                "stroke-width", 2.0);
        switch (repetition) {
            case "parallel" -> {
                for (int i = -1; i <= 1; i++) {
                    line(cx + i * 4.5, cy - 6, cx + i * 4.5, cy + 6, 2);
                }
            }
            case "sequential" -> {
                for (int i = -1; i <= 1; i++) {
                    line(cx - 6, cy + i * 4.5, cx + 6, cy + i * 4.5, 2);
                }
            }
            default -> {
                svg.empty("path", "d", "M" + pair(cx - 3, cy + 5.2) + " A6 6 0 1 1 "
                        + pair(cx + 3, cy + 5.2), "stroke-width", 1.5);
                svg.empty("polyline", "points", points(cx + 3, cy + 1.5, cx + 3,
                        cy + 5.2, cx + 6.5, cy + 5.2), "stroke-width", 1.5);
            }
        }
        svg.close("g");
    }

    private void glyphGroup(String kind) {
        svg.open("g", "class", "glyph " + kind, "fill", WHITE, "stroke", INK,
                "stroke-width", 1.1);
    }

    private void gear(double cx, double cy) {
        int corners = 32;
        double[] points = new double[corners * 2];
        for (int i = 0; i < corners; i++) {
            double angle = StrictMath.toRadians(i * 360.0 / corners + 360.0 / corners / 2);
            double radius = (i % 4) < 2 ? 8.5 : 6.2;
            points[2 * i] = cx + StrictMath.cos(angle) * radius;
            points[2 * i + 1] = cy + StrictMath.sin(angle) * radius;
        }
        svg.empty("polygon", "points", points(points));
        svg.empty("circle", "cx", cx, "cy", cy, "r", 2.8);
    }

    private void envelope(double x, double y, double width, double height, boolean filled) {
        svg.empty("rect", "x", x, "y", y, "width", width, "height", height,
                "fill", filled ? INK : WHITE, "stroke", INK);
        svg.empty("polyline", "points", points(x, y, x + width / 2,
                y + height * 0.55, x + width, y), "fill", "none", "stroke",
                filled ? WHITE : INK);
    }

    private void pentagon(double cx, double cy, double r) {
        double[] points = new double[10];
        for (int i = 0; i < 5; i++) {
            double angle = StrictMath.toRadians(-90 + i * 72);
            points[2 * i] = cx + StrictMath.cos(angle) * r;
            points[2 * i + 1] = cy + StrictMath.sin(angle) * r;
        }
        svg.empty("polygon", "points", points(points), "stroke-width", 1.2);
    }

    private void polygon(double... coordinates) {
        svg.empty("polygon", "points", points(coordinates));
    }

    private void cross(double cx, double cy, double half, double width) {
        line(cx - half, cy - half, cx + half, cy + half, width);
        line(cx - half, cy + half, cx + half, cy - half, width);
    }

    private void plus(double cx, double cy, double half, double width) {
        line(cx, cy - half, cx, cy + half, width);
        line(cx - half, cy, cx + half, cy, width);
    }

    private void line(double x1, double y1, double x2, double y2, double width) {
        svg.empty("line", "x1", x1, "y1", y1, "x2", x2, "y2", y2, "stroke-width", width);
    }
}
