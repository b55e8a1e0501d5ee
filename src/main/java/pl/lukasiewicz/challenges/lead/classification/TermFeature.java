package pl.lukasiewicz.challenges.lead.classification;

import java.util.Arrays;
import java.util.Optional;

/**
 * The decision inputs that come from the analysts' term list. The first column of
 * {@code dmn/lead-classification-terms.csv} names one of them, spelled as the DMN input data.
 *
 * <p>A count is the number of different listed terms found; a flag says whether any was found.
 * Neither decides anything: the decision table reads them.
 */
public enum TermFeature {

    /** Research and development vocabulary in the title and description. */
    RESEARCH_TERMS("researchTerms", Reads.REQUEST_TEXT, Yields.COUNT),
    /** Testing, measurement, analysis, expertise and certification vocabulary. */
    TESTING_TERMS("testingTerms", Reads.REQUEST_TEXT, Yields.COUNT),
    /** Training vocabulary (a course, a workshop), whatever its topic. */
    TRAINING_TERMS("trainingTerms", Reads.REQUEST_TEXT, Yields.COUNT),
    /** Vocabulary of buying a ready product or a priced routine service. */
    CATALOGUE_TERMS("catalogueTerms", Reads.REQUEST_TEXT, Yields.COUNT),
    /** Vocabulary of needs no institute serves: supplies, cleaning, events, connectivity… */
    OUT_OF_SCOPE_TERMS("outOfScopeTerms", Reads.REQUEST_TEXT, Yields.COUNT),
    /** Words that make the client itself a research institute, university or academy. */
    CLIENT_IS_RESEARCH_BODY("clientIsResearchBody", Reads.ORGANISATION_NAME, Yields.FLAG);

    /** Which part of a lead a feature's terms are looked for in. */
    public enum Reads { REQUEST_TEXT, ORGANISATION_NAME }

    /** What a feature hands the decision: how many terms were found, or whether any was. */
    public enum Yields { COUNT, FLAG }

    private final String inputName;
    private final Reads reads;
    private final Yields yields;

    TermFeature(String inputName, Reads reads, Yields yields) {
        this.inputName = inputName;
        this.reads = reads;
        this.yields = yields;
    }

    /** The DMN input data this feature fills, and the name the term list uses for it. */
    public String inputName() {
        return inputName;
    }

    public Reads reads() {
        return reads;
    }

    public Yields yields() {
        return yields;
    }

    /** The feature a term list names, if any. */
    public static Optional<TermFeature> named(String inputName) {
        return Arrays.stream(values()).filter(f -> f.inputName.equals(inputName)).findFirst();
    }
}
