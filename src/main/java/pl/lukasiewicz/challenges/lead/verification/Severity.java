package pl.lukasiewicz.challenges.lead.verification;

/** How much a verification finding holds the lead back. */
public enum Severity {
    /** The lead cannot be converted as it stands: fix the data, merge or reject it. */
    BLOCKING,
    /** A person must look and decide before the lead goes on. */
    WARNING,
    /** Worth knowing; nothing needs to be done. */
    INFO
}
