package pl.lukasiewicz.challenges.lead;

/** The kind of need the client ticked on the form; a hint, the decision table has the word. */
public enum DeclaredNeed {
    RESEARCH_AND_DEVELOPMENT,
    TESTING_AND_ANALYSIS,
    EXPERTISE,
    TRAINING,
    CATALOGUE_PRODUCT,
    NOT_SURE
}
