package pl.lukasiewicz.challenges.lead.verification;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads organisation names so that two spellings of one name compare equal: "Łukasiewicz –
 * Instytut Mikroelektroniki i Fotoniki" and "LUKASIEWICZ-INSTYTUT MIKROELEKTRONIKI I
 * FOTONIKI" both become "lukasiewicz instytut mikroelektroniki i fotoniki".
 *
 * <p>Letters lose their Polish diacritics (many people type without them) and their case;
 * anything that is not a letter or digit separates words; the spelled-out legal forms become
 * their abbreviations, so "spółka z ograniczoną odpowiedzialnością", "Spółka z o.o." and
 * "Sp. z o.o." are all "sp z o o", and "S.A." and "SA" are both "s a".
 */
final class OrganisationNames {

    /** More words than any real name; bounds the number of phrases of a pasted paragraph. */
    static final int MAX_WORDS = 25;

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_A_WORD = Pattern.compile("[^a-z0-9]+");
    private static final List<String[]> LEGAL_FORMS = List.of(
            new String[] {"spolka z ograniczona odpowiedzialnoscia", "sp z o o"},
            new String[] {"spolka akcyjna", "s a"},
            new String[] {"spolka komandytowo akcyjna", "s k a"},
            new String[] {"spolka komandytowa", "sp k"},
            new String[] {"spolka jawna", "sp j"},
            new String[] {"spolka cywilna", "s c"},
            new String[] {"spolka partnerska", "sp p"},
            new String[] {"spolka", "sp"},
            new String[] {"spzoo", "sp z o o"},
            new String[] {"sa", "s a"});
    /** Words of a name that say what kind of body it is, not which one. */
    private static final Set<String> FORM_WORDS = Set.of("sp", "z", "o", "s", "a", "k", "j",
            "c", "p", "sa", "spolka", "ltd", "gmbh", "inc", "i", "w", "we", "na", "do", "dla",
            "oraz", "im");
    /** Parts of a domain that never name its owner. */
    private static final Set<String> GENERIC_LABELS = Set.of("www", "mail", "poczta", "email",
            "com", "org", "net", "gov", "edu", "info", "biz");

    private OrganisationNames() {
    }

    /** The name's words, normalised; empty for null or a name without letters or digits. */
    static List<String> words(String name) {
        if (name == null) {
            return List.of();
        }
        String folded = fold(name);
        String spaced = " " + String.join(" ", NOT_A_WORD.split(folded)).strip() + " ";
        for (String[] form : LEGAL_FORMS) {
            spaced = spaced.replace(" " + form[0] + " ", " " + form[1] + " ");
        }
        String text = spaced.strip();
        return text.isEmpty() ? List.of() : List.of(text.split(" "));
    }

    /** The normalised name as one string, or null when it has no words. */
    static String normalised(String name) {
        List<String> words = words(name);
        return words.isEmpty() ? null : String.join(" ", words);
    }

    /** Every run of consecutive words of the name, from single words to the whole name. */
    static List<String> phrases(String name) {
        List<String> words = words(name);
        words = words.subList(0, Math.min(words.size(), MAX_WORDS));
        List<String> phrases = new ArrayList<>();
        for (int start = 0; start < words.size(); start++) {
            for (int end = start + 1; end <= words.size(); end++) {
                phrases.add(String.join(" ", words.subList(start, end)));
            }
        }
        return phrases;
    }

    /** Whether two names have the same words, in any order ("Jan Kowalski", "KOWALSKI Jan"). */
    static boolean sameWords(String one, String other) {
        List<String> first = words(one);
        List<String> second = words(other);
        return !first.isEmpty() && first.size() == second.size()
                && new HashSet<>(first).equals(new HashSet<>(second));
    }

    /**
     * Whether a part of the e-mail domain matches the organisation's name: it is the name's
     * initials, contains one of its words of four letters or more (or is contained in one), or
     * starts with the same five letters as one (Polish endings vary). Parts are the labels
     * between dots and the pieces of a label between dashes. "sinutronic.pl" resembles
     * "Sinutronic Sp. z o.o.", "cpk.pl" "Centralny Port Komunikacyjny", "port.gdynia.pl"
     * "Zarząd Morskiego Portu Gdynia S.A.", "zus-slusarz.pl" "Zakład Usług Ślusarskich".
     */
    static boolean domainResembles(String domain, String organisationName) {
        List<String> words = words(organisationName).stream()
                .filter(word -> !FORM_WORDS.contains(word)).toList();
        if (domain == null || words.isEmpty()) {
            return false;
        }
        String initials = words.stream().map(word -> word.substring(0, 1))
                .reduce("", String::concat);
        for (String part : domainParts(domain)) {
            if (initials.length() >= 2 && part.equals(initials)) {
                return true;
            }
            for (String word : words) {
                if (resembles(part, word)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean resembles(String part, String word) {
        boolean sharedWord = word.length() >= 4 && part.contains(word)
                || part.length() >= 4 && word.contains(part);
        boolean sharedStem = part.length() >= 5 && word.length() >= 5
                && part.regionMatches(0, word, 0, 5);
        return sharedWord || sharedStem;
    }

    /** The labels of a domain but the last, and the pieces of each between dashes. */
    private static Set<String> domainParts(String domain) {
        List<String> labels = Arrays.asList(domain.split("\\."));
        Set<String> parts = new HashSet<>();
        for (String label : labels.subList(0, labels.size() - 1)) {
            parts.add(label.replace("-", ""));
            parts.addAll(Arrays.asList(label.split("-")));
        }
        parts.removeIf(part -> part.isEmpty() || GENERIC_LABELS.contains(part));
        return parts;
    }

    /** Lower case without diacritics; "ł" has none to strip in Unicode, so it is mapped. */
    private static String fold(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace('ł', 'l');
        return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
    }
}
