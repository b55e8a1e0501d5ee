package pl.lukasiewicz.challenges.web;

/**
 * The roles a caller can hold, one per lane of the process plus the machine client, the
 * auditors and the administrators. Endpoints name these in {@code @RolesAllowed}; the table
 * of who may do what is in README.md and src/test/resources/access.csv.
 */
public final class Roles {

    /** Central sales: receives and qualifies requests (the lead's owner). */
    public static final String CENTRAL_SALES = "central-sales";
    /** The institute hosting a challenge: answers it by the promised deadline. */
    public static final String CHALLENGE_HOST = "challenge-host";
    /** Writes offer cards at an institute. */
    public static final String CARD_AUTHOR = "card-author";
    /** The institute's account manager: approves and sends offers. */
    public static final String ACCOUNT_MANAGER = "account-manager";
    /** Keeps the decision models: uploads, tries and activates versions. */
    public static final String ANALYST = "analyst";
    /** Reads decisions and their log, changes nothing. */
    public static final String AUDITOR = "auditor";
    /** The CRM, a machine client: asks for decisions and submits requests. */
    public static final String CRM = "crm";
    /** May do everything. */
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
