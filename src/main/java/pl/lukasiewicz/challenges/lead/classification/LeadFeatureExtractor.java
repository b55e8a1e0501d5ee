package pl.lukasiewicz.challenges.lead.classification;

import static pl.lukasiewicz.challenges.lead.classification.LeadFeatures.DECLARED_NEED;
import static pl.lukasiewicz.challenges.lead.classification.LeadFeatures.DESCRIPTION_WORD_COUNT;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a lead's text into the facts the lead classification table decides on: how many
 * terms of each listed kind the title and description contain, whether the organisation's
 * name makes it a research body, how long the description is, and the need the client
 * declared. It decides nothing itself.
 *
 * <p>Safe for concurrent use.
 */
public final class LeadFeatureExtractor {

    private final TermList terms;
    private final PolishLemmatiser lemmatiser;

    /** An extractor reading with the term list packaged with the service. */
    public LeadFeatureExtractor() {
        this(TermList.packaged());
    }

    public LeadFeatureExtractor(TermList terms) {
        this(terms, new PolishLemmatiser());
    }

    public LeadFeatureExtractor(TermList terms, PolishLemmatiser lemmatiser) {
        this.terms = terms;
        this.lemmatiser = lemmatiser;
    }

    public LeadFeatures extract(LeadText lead) {
        ReadText title = read(lead.title());
        ReadText description = read(lead.description());
        ReadText organisation = read(lead.organisationName());

        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put(DECLARED_NEED, lead.declaredNeed());
        inputs.put(DESCRIPTION_WORD_COUNT, description.tokens().size());

        Map<String, List<String>> evidence = new LinkedHashMap<>();
        for (TermFeature feature : TermFeature.values()) {
            List<ReadText> texts = switch (feature.reads()) {
                case REQUEST_TEXT -> List.of(title, description);
                case ORGANISATION_NAME -> List.of(organisation);
            };
            Findings found = find(feature, texts);
            inputs.put(feature.inputName(), found.valueFor(feature));
            evidence.put(feature.inputName(), found.asWritten());
        }
        return new LeadFeatures(inputs, evidence, terms.sha256());
    }

    /** The SHA-256 of the term list this extractor reads with. */
    public String termListSha256() {
        return terms.sha256();
    }

    private ReadText read(String text) {
        String given = text == null ? "" : text;
        return new ReadText(given, lemmatiser.tokens(given));
    }

    private Findings find(TermFeature feature, List<ReadText> texts) {
        Findings found = new Findings();
        for (ReadText text : texts) {
            for (TermMatch match : terms.find(feature, text.tokens())) {
                found.add(match.term(), match.asWrittenIn(text.text()));
            }
        }
        return found;
    }

    private record ReadText(String text, List<Token> tokens) {
    }

    /** The terms of one feature found in a lead, and how they were written there. */
    private static final class Findings {

        private final Set<Term> distinctTerms = new LinkedHashSet<>();
        private final Set<String> asWritten = new LinkedHashSet<>();

        void add(Term term, String written) {
            distinctTerms.add(term);
            asWritten.add(written);
        }

        Object valueFor(TermFeature feature) {
            return switch (feature.yields()) {
                case COUNT -> distinctTerms.size();
                case FLAG -> !distinctTerms.isEmpty();
            };
        }

        List<String> asWritten() {
            return new ArrayList<>(asWritten);
        }
    }
}
