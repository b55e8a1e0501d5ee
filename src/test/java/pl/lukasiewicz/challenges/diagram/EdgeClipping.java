package pl.lukasiewicz.challenges.diagram;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import pl.lukasiewicz.challenges.diagram.BpmnDiagram.Bounds;
import pl.lukasiewicz.challenges.diagram.BpmnDiagram.Point;
import pl.lukasiewicz.challenges.diagram.BpmnDiagram.Shape;

/**
 * Some editors (the jBPM/Kogito one among them) store an edge from the centre of its source
 * to the centre of its target and cut it at the outlines only when drawing. This cuts it
 * the same way: an end inside its shape moves to where the edge crosses the shape's outline
 * (circle for events, diamond for gateways, rectangle for the rest). Ends already on or
 * outside the outline stay where the file puts them.
 */
final class EdgeClipping {

    /** How far inside an outline a point must lie to count as inside. */
    private static final double TOLERANCE = 1.5;

    private EdgeClipping() {
    }

    static List<Point> clip(List<Point> waypoints, Shape source, Shape target) {
        List<Point> points = new ArrayList<>(waypoints);
        if (source != null) {
            clipStart(points, source);
        }
        if (target != null) {
            Collections.reverse(points);
            clipStart(points, target);
            Collections.reverse(points);
        }
        return List.copyOf(points);
    }

    /** Drops the points inside the shape but the last, then cuts where the edge leaves it. */
    private static void clipStart(List<Point> points, Shape shape) {
        if (points.size() < 2 || !inside(shape, points.get(0))) {
            return;
        }
        while (points.size() > 2 && inside(shape, points.get(1))) {
            points.remove(0);
        }
        Point in = points.get(0);
        Point out = points.get(1);
        if (inside(shape, out)) {
            return;
        }
        double low = 0;
        double high = 1;
        for (int step = 0; step < 40; step++) {
            double middle = (low + high) / 2;
            if (inside(shape, between(in, out, middle))) {
                low = middle;
            } else {
                high = middle;
            }
        }
        points.set(0, between(in, out, high));
    }

    private static Point between(Point from, Point to, double t) {
        return new Point(from.x() + (to.x() - from.x()) * t, from.y() + (to.y() - from.y()) * t);
    }

    private static boolean inside(Shape shape, Point point) {
        Bounds b = shape.bounds();
        double halfWidth = b.width() / 2 - TOLERANCE;
        double halfHeight = b.height() / 2 - TOLERANCE;
        if (halfWidth <= 0 || halfHeight <= 0) {
            return false;
        }
        double dx = Math.abs(point.x() - b.centerX());
        double dy = Math.abs(point.y() - b.centerY());
        String kind = shape.kind();
        if (kind.endsWith("Event")) {
            return Math.hypot(dx / halfWidth, dy / halfHeight) < 1;
        }
        if (kind.endsWith("Gateway")) {
            return dx / halfWidth + dy / halfHeight < 1;
        }
        if (kind.equals("participant") || kind.equals("lane")) {
            return false;
        }
        return dx < halfWidth && dy < halfHeight;
    }
}
