package pl.lukasiewicz.challenges.lead;

/** How a request reached the network: the three ways into the process. */
public enum Channel {
    /** The public "Wyzwania" web form. */
    WEB_FORM,
    /** An e-mail from a client or forwarded by an institute, typed in by sales. */
    EMAIL,
    /** A sales lead already typed "P+U challenge" in the CRM. */
    SALES_LEAD
}
