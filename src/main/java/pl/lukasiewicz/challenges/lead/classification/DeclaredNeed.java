package pl.lukasiewicz.challenges.lead.classification;

/** What the client said they need when sending the request, in the web form's choices. */
public enum DeclaredNeed {
    RESEARCH_AND_DEVELOPMENT,
    TESTING_AND_ANALYSIS,
    EXPERTISE,
    TRAINING,
    CATALOGUE_PRODUCT,
    NOT_SURE
}
