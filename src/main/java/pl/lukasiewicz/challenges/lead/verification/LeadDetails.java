package pl.lukasiewicz.challenges.lead.verification;

import pl.lukasiewicz.challenges.lead.Lead;

/**
 * A request as verification reads it, from a lead or straight from a caller. Any field may be
 * null or blank; verification says what is missing.
 *
 * @param leadId the lead's id, or null when the request is not a lead yet
 * @param clientType who the client says they are; null is read as {@link ClientType#NOT_STATED}
 */
public record LeadDetails(
        Long leadId,
        String organisationName,
        ClientType clientType,
        String nip,
        String regon,
        String contactPerson,
        String email,
        String phone,
        String title,
        String description) {

    /** A stored lead; the web form asks for neither the client's type nor a REGON. */
    public static LeadDetails of(Lead lead) {
        return new LeadDetails(lead.id, lead.organisationName, ClientType.NOT_STATED, lead.nip,
                null, lead.contactPerson, lead.email, lead.phone, lead.title, lead.description);
    }
}
