package pl.lukasiewicz.challenges.diagram;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Breaks names into lines that fit a width. Widths are estimated from a table of Arial-like
 * letter widths, not measured with a font, so the result is the same on every machine;
 * a browser's real font may run a few percent wider or narrower.
 */
final class TextLayout {

    static final double LINE_HEIGHT = 1.2;

    private TextLayout() {
    }

    static double width(String text, double fontSize) {
        double ems = 0;
        for (int i = 0; i < text.length(); i++) {
            ems += ems(text.charAt(i));
        }
        return ems * fontSize;
    }

    /** Lines no wider than maxWidth; a single word wider than that gets a line of its own. */
    static List<String> wrap(String text, double maxWidth, double fontSize) {
        return wrap(text, fontSize, 0, maxWidth, maxWidth);
    }

    /** As wrap, with the first narrowLines lines no wider than narrowWidth. */
    static List<String> wrap(String text, double fontSize, int narrowLines,
            double narrowWidth, double maxWidth) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\\R")) {
            String line = "";
            for (String word : paragraph.strip().split("\\s+")) {
                if (word.isEmpty()) {
                    continue;
                }
                String longer = line.isEmpty() ? word : line + " " + word;
                double room = lines.size() < narrowLines ? narrowWidth : maxWidth;
                if (line.isEmpty() || width(longer, fontSize) <= room) {
                    line = longer;
                } else {
                    lines.add(line);
                    line = word;
                }
            }
            if (!line.isEmpty()) {
                lines.add(line);
            }
        }
        return lines;
    }

    static double widest(List<String> lines, double fontSize) {
        double widest = 0;
        for (String line : lines) {
            widest = Math.max(widest, width(line, fontSize));
        }
        return widest;
    }

    /** Approximate advance of a letter in ems; Polish letters count as their base letter. */
    private static double ems(char letter) {
        char base = base(letter);
        if ("ijlI|!.,:;'`".indexOf(base) >= 0) {
            return 0.24;
        }
        if (" ftr()[]{}-/\"*".indexOf(base) >= 0) {
            return 0.32;
        }
        if ("mwMW@%".indexOf(base) >= 0) {
            return 0.86;
        }
        if ("ckszvxyJ?".indexOf(base) >= 0) {
            return 0.5;
        }
        if (Character.isUpperCase(base)) {
            return 0.68;
        }
        return 0.56;
    }

    private static char base(char letter) {
        if (letter == 'ł') {
            return 'l';
        }
        if (letter == 'Ł') {
            return 'L';
        }
        String decomposed = Normalizer.normalize(String.valueOf(letter), Normalizer.Form.NFD);
        return decomposed.charAt(0);
    }
}
