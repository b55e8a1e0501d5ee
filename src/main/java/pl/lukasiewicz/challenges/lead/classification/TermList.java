package pl.lukasiewicz.challenges.lead.classification;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The analysts' term list: for each decision input, the words and phrases whose presence it
 * counts. It is a semicolon-separated file kept beside the decision table,
 * {@value #PACKAGED_RESOURCE}:
 *
 * <pre>
 * # a comment
 * feature;term;note
 * researchTerms;prace badawczo-rozwojowe;the standard name of R&amp;D work
 * </pre>
 *
 * <p>The first line that is neither blank nor a comment is the header {@value #HEADER}. Every
 * other line names a feature (a DMN input, see {@link TermFeature}), a term in any inflected
 * form, and an optional note. Terms are lemmatised when the list is read, so "badania
 * laboratoryjne" also finds "badaniami laboratoryjnymi"; a whole word must match, so "test"
 * never finds "testament". A broken line stops the reading with {@link
 * InvalidTermListException} naming the line.
 *
 * <p>Immutable and safe for concurrent use once read.
 */
public final class TermList {

    public static final String PACKAGED_RESOURCE = "dmn/lead-classification-terms.csv";
    static final String HEADER = "feature;term;note";

    private static TermList packaged;

    private final String source;
    private final String sha256;
    private final Map<TermFeature, List<Term>> longestFirst;

    private TermList(String source, String sha256, Map<TermFeature, List<Term>> longestFirst) {
        this.source = source;
        this.sha256 = sha256;
        this.longestFirst = longestFirst;
    }

    /** The list packaged with the service, read on first use and kept. */
    public static synchronized TermList packaged() {
        if (packaged == null) {
            packaged = fromClasspath(PACKAGED_RESOURCE, new PolishLemmatiser());
        }
        return packaged;
    }

    /** Reads a term list from the class path. */
    public static TermList fromClasspath(String resource, PolishLemmatiser lemmatiser) {
        ClassLoader loader = TermList.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The term list " + resource
                        + " is not on the class path; the build copies it from the dmn folder.");
            }
            return read(resource, in.readAllBytes(), lemmatiser);
        } catch (IOException e) {
            throw new UncheckedIOException("The term list " + resource + " could not be read", e);
        }
    }

    /**
     * Reads a term list from its UTF-8 bytes.
     *
     * @param source the list's name for error messages, e.g. its file name
     * @throws InvalidTermListException naming the first line that breaks the format
     */
    public static TermList read(String source, byte[] content, PolishLemmatiser lemmatiser) {
        String text = new String(content, StandardCharsets.UTF_8);
        List<Term> terms = new LineReader(source, lemmatiser).terms(text);

        Map<TermFeature, List<Term>> byFeature = new EnumMap<>(TermFeature.class);
        for (TermFeature feature : TermFeature.values()) {
            byFeature.put(feature, terms.stream()
                    .filter(term -> term.feature() == feature)
                    .sorted(Comparator.comparingInt((Term term) -> term.words().size()).reversed())
                    .toList());
        }
        return new TermList(source, sha256Hex(content), byFeature);
    }

    /** Where the list was read from. */
    public String source() {
        return source;
    }

    /** The SHA-256 of the list's bytes in lower-case hex: which version decided a lead. */
    public String sha256() {
        return sha256;
    }

    /** The feature's terms, longest phrases first. */
    public List<Term> terms(TermFeature feature) {
        return longestFirst.get(feature);
    }

    /**
     * Every place in the words where one of the feature's terms is found. Where terms overlap,
     * the longest phrase starting first wins, so "eksperymentalne prace rozwojowe" is one
     * finding, not also "prace rozwojowe".
     */
    public List<TermMatch> find(TermFeature feature, List<Token> tokens) {
        List<TermMatch> matches = new ArrayList<>();
        int position = 0;
        while (position < tokens.size()) {
            int covered = 0;
            for (Term term : terms(feature)) {
                covered = term.wordsMatchedAt(tokens, position);
                if (covered > 0) {
                    matches.add(new TermMatch(term, tokens.subList(position, position + covered)));
                    break;
                }
            }
            position += Math.max(covered, 1);
        }
        return matches;
    }

    private static String sha256Hex(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime provides SHA-256", e);
        }
    }

    /** Reads the lines of a list into terms, failing on the first line that breaks the format. */
    private static final class LineReader {

        private final String source;
        private final PolishLemmatiser lemmatiser;
        private final List<Term> read = new ArrayList<>();

        LineReader(String source, PolishLemmatiser lemmatiser) {
            this.source = source;
            this.lemmatiser = lemmatiser;
        }

        List<Term> terms(String text) {
            String[] lines = text.split("\\R", -1);
            boolean headerSeen = false;
            for (int index = 0; index < lines.length; index++) {
                int lineNumber = index + 1;
                String line = withoutByteOrderMark(lines[index]).strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }

                if (!headerSeen) {
                    requireHeader(line, lineNumber);
                    headerSeen = true;
                } else {
                    Term term = term(line, lineNumber);
                    requireNew(term);
                    read.add(term);
                }
            }
            if (!headerSeen) {
                int lastLine = lines[lines.length - 1].isEmpty() ? lines.length - 1 : lines.length;
                throw fail(Math.max(lastLine, 1), "the list has no header line " + HEADER);
            }
            return read;
        }

        private void requireHeader(String line, int lineNumber) {
            String header = Arrays.stream(line.split(";", -1))
                    .map(String::strip)
                    .collect(Collectors.joining(";"));
            if (!header.equals(HEADER)) {
                throw fail(lineNumber, "expected the header '" + HEADER + "' but found '"
                        + line + "'");
            }
        }

        private Term term(String line, int lineNumber) {
            String[] fields = line.split(";", 3);
            if (fields.length < 2) {
                throw fail(lineNumber, "expected 'feature;term;note' separated by semicolons"
                        + " but found no semicolon in '" + line + "'");
            }
            TermFeature feature = feature(fields[0].strip(), lineNumber);
            String phrase = fields[1].strip();
            if (phrase.isEmpty()) {
                throw fail(lineNumber, "the term is empty");
            }

            return new Term(feature, phrase, words(phrase, lineNumber), lineNumber);
        }

        private TermFeature feature(String name, int lineNumber) {
            return TermFeature.named(name).orElseThrow(() -> fail(lineNumber,
                    "unknown feature '" + name + "'; use one of " + Arrays.stream(
                            TermFeature.values()).map(TermFeature::inputName).toList()));
        }

        private List<Set<String>> words(String phrase, int lineNumber) {
            List<Token> tokens = lemmatiser.tokens(phrase);
            if (tokens.isEmpty()) {
                throw fail(lineNumber, "the term '" + phrase + "' has no words");
            }
            boolean punctuated = tokens.stream().skip(1).anyMatch(Token::followsBreak);
            if (punctuated) {
                throw fail(lineNumber, "the term '" + phrase + "' has punctuation between its"
                        + " words, and a phrase never matches across punctuation;"
                        + " write the words only (a hyphen inside a compound is fine)");
            }
            return tokens.stream().map(Token::lemmas).toList();
        }

        /**
         * Refuses a term that finds the same words as an earlier term of its feature (each of
         * its words shares a lemma with the earlier term's word in the same place): it would
         * count the same finding twice.
         */
        private void requireNew(Term term) {
            for (Term earlier : read) {
                if (earlier.feature() == term.feature()
                        && sameWords(earlier.words(), term.words())) {
                    throw fail(term.line(), "the term '" + term.phrase() + "' repeats '"
                            + earlier.phrase() + "' of line " + earlier.line() + " under "
                            + term.feature().inputName() + " (the same words once lemmatised)");
                }
            }
        }

        private static boolean sameWords(List<Set<String>> one, List<Set<String>> other) {
            if (one.size() != other.size()) {
                return false;
            }
            for (int i = 0; i < one.size(); i++) {
                if (Collections.disjoint(one.get(i), other.get(i))) {
                    return false;
                }
            }
            return true;
        }

        private InvalidTermListException fail(int lineNumber, String reason) {
            return new InvalidTermListException(source, lineNumber, reason);
        }

        private static String withoutByteOrderMark(String line) {
            return line.startsWith("\uFEFF") ? line.substring(1) : line;
        }
    }
}
