package pl.lukasiewicz.challenges.lead;

/** How a request reached the network: the three ways into the process. */
public enum Channel {
    /** The public "Wyzwania" web form. */
    WEB_FORM,
    /** An e-mail from the client, or typed in by sales from one. */
    EMAIL,
    /** A client's e-mail that one of the network's institutes forwarded. */
    EMAIL_FORWARDED_BY_INSTITUTE,
    /** A sales lead already typed "P+U challenge" in the CRM. */
    SALES_LEAD
}
