package pl.lukasiewicz.challenges.lead.mail;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The text a person reads in an HTML body: paragraphs, line breaks, list items and table rows
 * on lines of their own; scripts, styles and the head left out.
 */
public final class HtmlText {

    private static final Set<String> BLOCKS = Set.of("p", "div", "li", "tr", "h1", "h2", "h3",
            "h4", "h5", "h6", "blockquote", "pre", "table", "ul", "ol", "hr", "address");
    private static final Set<String> SKIPPED = Set.of("head", "script", "style", "title");

    private HtmlText() {
    }

    public static String of(String html) {
        Element body = Jsoup.parse(html).body();
        StringBuilder text = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode words && !insideSkipped(node)) {
                    text.append(words.text());
                } else if (node instanceof Element element) {
                    if (element.nameIs("br")) {
                        text.append('\n');
                    } else if (BLOCKS.contains(element.normalName())) {
                        newLine(text);
                    } else if (element.nameIs("td") || element.nameIs("th")) {
                        text.append(' ');
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                    newLine(text);
                }
            }
        }, body);
        return text.toString().replace('\u00A0', ' ')
                .replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").strip();
    }

    private static boolean insideSkipped(Node node) {
        for (Node parent = node.parent(); parent != null; parent = parent.parent()) {
            if (parent instanceof Element element && SKIPPED.contains(element.normalName())) {
                return true;
            }
        }
        return false;
    }

    private static void newLine(StringBuilder text) {
        if (!text.isEmpty() && text.charAt(text.length() - 1) != '\n') {
            text.append('\n');
        }
    }
}
