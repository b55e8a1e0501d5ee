package pl.lukasiewicz.challenges.diagram;

import java.util.List;

/**
 * What a BPMN file's diagram shows: its shapes and edges in the order the file lists them,
 * each joined with the process element it draws.
 */
record BpmnDiagram(String title, List<Shape> shapes, List<Edge> edges) {

    /** A rectangle in diagram coordinates (dc:Bounds). */
    record Bounds(double x, double y, double width, double height) {

        double right() {
            return x + width;
        }

        double bottom() {
            return y + height;
        }

        double centerX() {
            return x + width / 2;
        }

        double centerY() {
            return y + height / 2;
        }
    }

    /** A point of an edge (di:waypoint). */
    record Point(double x, double y) {
    }

    /**
     * A drawn node: kind is the BPMN element's own name (userTask, exclusiveGateway, lane,
     * participant, ...), or "unknown" when the shape names no element of the file.
     *
     * @param label the bounds of its label when the file gives them, else null
     * @param eventDefinition timer, message, signal, ... for events; empty when none
     * @param interrupting false for a non-interrupting boundary or start event
     * @param expanded true for a sub-process drawn open with its content
     * @param eventSubProcess true for a sub-process started by an event
     * @param repetition loop, parallel or sequential (multi-instance) for an activity that
     *     repeats; empty when it runs once
     */
    record Shape(String elementId, String kind, String name, Bounds bounds, Bounds label,
            String eventDefinition, boolean interrupting, boolean expanded,
            boolean eventSubProcess, String repetition) {
    }

    /**
     * A drawn connection: kind is sequenceFlow, messageFlow, association,
     * dataInputAssociation or dataOutputAssociation.
     *
     * @param label the bounds of its name when the file gives them, else null
     * @param defaultFlow the flow its gateway or activity takes when no condition holds
     * @param conditionalFromActivity a conditional flow leaving an activity (not a gateway)
     * @param directed an association drawn with an arrow towards its target
     * @param sourceId the element it leaves (sourceRef), empty when not known
     * @param targetId the element it enters (targetRef), empty when not known
     */
    record Edge(String elementId, String kind, String name, List<Point> waypoints,
            Bounds label, boolean defaultFlow, boolean conditionalFromActivity,
            boolean directed, String sourceId, String targetId) {
    }
}
