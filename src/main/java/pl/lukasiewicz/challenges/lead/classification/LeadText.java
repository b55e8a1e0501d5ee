package pl.lukasiewicz.challenges.lead.classification;

import java.util.Arrays;

/**
 * What a lead says about itself, as the client wrote it.
 *
 * @param organisationName who asks; may be null
 * @param title the request's title; may be null
 * @param description the request's body; may be null
 * @param declaredNeed the name of a {@link DeclaredNeed} the client chose, or null when the
 *     channel (an e-mail, a notice) does not ask for one
 */
public record LeadText(
        String organisationName, String title, String description, String declaredNeed) {

    public LeadText {
        boolean known = declaredNeed == null || Arrays.stream(DeclaredNeed.values())
                .anyMatch(need -> need.name().equals(declaredNeed));
        if (!known) {
            throw new IllegalArgumentException("The declared need '" + declaredNeed
                    + "' is not one of " + Arrays.toString(DeclaredNeed.values()));
        }
    }
}
