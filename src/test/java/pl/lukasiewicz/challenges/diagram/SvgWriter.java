package pl.lukasiewicz.challenges.diagram;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Writes SVG elements one per line, indented, with attributes in the order given and every
 * number in one format (at most two decimals, no exponent), so that the same drawing always
 * gives the same bytes.
 */
final class SvgWriter {

    private final StringBuilder out = new StringBuilder();
    private int depth;

    SvgWriter() {
        this(0);
    }

    /** A writer whose elements sit depth levels deep in an enclosing document. */
    SvgWriter(int depth) {
        this.depth = depth;
    }

    /** Opens an element; attributes are name, value pairs (a Double value is formatted). */
    SvgWriter open(String tag, Object... attributes) {
        start(tag, attributes);
        out.append(">\n");
        depth++;
        return this;
    }

    SvgWriter close(String tag) {
        depth--;
        indent();
        out.append("</").append(tag).append(">\n");
        return this;
    }

    SvgWriter empty(String tag, Object... attributes) {
        start(tag, attributes);
        out.append("/>\n");
        return this;
    }

    /** An element holding only text, on one line. */
    SvgWriter text(String tag, String text, Object... attributes) {
        start(tag, attributes);
        out.append('>').append(escape(text)).append("</").append(tag).append(">\n");
        return this;
    }

    SvgWriter comment(String text) {
        indent();
        out.append("<!-- ").append(escape(text).replace("--", "- -")).append(" -->\n");
        return this;
    }

    private void start(String tag, Object... attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException(tag + " needs name, value pairs");
        }
        indent();
        out.append('<').append(tag);
        for (int i = 0; i < attributes.length; i += 2) {
            out.append(' ').append(attributes[i]).append("=\"")
                    .append(value(attributes[i + 1])).append('"');
        }
    }

    private void indent() {
        out.append("  ".repeat(depth));
    }

    @Override
    public String toString() {
        return out.toString();
    }

    private static String value(Object value) {
        if (value instanceof Double number) {
            return number(number);
        }
        if (value instanceof Integer number) {
            return number(number.doubleValue());
        }
        return escape(String.valueOf(value));
    }

    /** 12, 12.5, 12.33, -0.5: two decimals at most, half away from zero, never "-0". */
    static String number(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("not a drawable number: " + value);
        }
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP)
                .stripTrailingZeros();
        if (rounded.signum() == 0) {
            return "0";
        }
        return rounded.toPlainString();
    }

    /** Points of a polyline or polygon: "x1,y1 x2,y2 ...". */
    static String points(double... coordinates) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < coordinates.length; i += 2) {
            if (i > 0) {
                text.append(' ');
            }
            text.append(number(coordinates[i])).append(',').append(number(coordinates[i + 1]));
        }
        return text.toString();
    }

    /** A point in a path: "x y". */
    static String pair(double x, double y) {
        return number(x) + " " + number(y);
    }

    /** XML text and attribute escaping; characters XML 1.0 cannot hold are left out. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&apos;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        escaped.appendCodePoint(c);
                    }
                }
            }
        });
        return escaped.toString();
    }
}
