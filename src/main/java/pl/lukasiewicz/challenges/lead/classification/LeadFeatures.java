package pl.lukasiewicz.challenges.lead.classification;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The facts about a lead that the decision table reads, with what they were read from.
 *
 * @param decisionInputs one entry per DMN input data of {@code dmn/lead-classification.dmn},
 *     keyed by its name; values are Integer, Boolean or String, and only
 *     {@value #DECLARED_NEED} may be null (the client declared nothing)
 * @param evidence for each term-list feature, the terms found, as written in the lead, in the
 *     order found; an empty list when none was
 * @param termListSha256 the SHA-256 of the term list the features were read with
 */
public record LeadFeatures(
        Map<String, Object> decisionInputs,
        Map<String, List<String>> evidence,
        String termListSha256) {

    /** Input: the {@link DeclaredNeed} name the client chose, or null. */
    public static final String DECLARED_NEED = "declaredNeed";
    /** Input: how many words the description has (0 for a title-only request). */
    public static final String DESCRIPTION_WORD_COUNT = "descriptionWordCount";

    public LeadFeatures {
        decisionInputs = Collections.unmodifiableMap(new LinkedHashMap<>(decisionInputs));
        Map<String, List<String>> copied = new LinkedHashMap<>();
        evidence.forEach((feature, terms) -> copied.put(feature, List.copyOf(terms)));
        evidence = Collections.unmodifiableMap(copied);
    }
}
