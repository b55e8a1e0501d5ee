package pl.lukasiewicz.challenges.lead.verification;

/**
 * A request for verification tests: a complete, unremarkable company request unless a test
 * changes a field.
 */
final class RequestToVerify {

    Long leadId = 100L;
    String organisationName = "Przykładowa Spółka z o.o.";
    ClientType clientType = ClientType.NOT_STATED;
    String nip = "526-025-02-74";
    String regon = null;
    String contactPerson = "Anna Nowak";
    String email = "anna.nowak@przyklad.pl";
    String phone = "+48 22 123 45 67";
    String title = "Badania laboratoryjne próbek wody";
    String description = "Prosimy o wykonanie akredytowanych badań 28 próbek wody morskiej.";

    static RequestToVerify aCompanyRequest() {
        return new RequestToVerify();
    }

    /** A request with every field missing. */
    static RequestToVerify anEmptyRequest() {
        RequestToVerify request = new RequestToVerify();
        request.leadId = null;
        request.organisationName = null;
        request.clientType = null;
        request.nip = null;
        request.contactPerson = null;
        request.email = null;
        request.phone = null;
        request.title = null;
        request.description = null;
        return request;
    }

    LeadDetails details() {
        return new LeadDetails(leadId, organisationName, clientType, nip, regon, contactPerson,
                email, phone, title, description);
    }
}
