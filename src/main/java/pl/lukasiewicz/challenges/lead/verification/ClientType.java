package pl.lukasiewicz.challenges.lead.verification;

/** Who the client says they are, where the channel asks; the web form does not ask. */
public enum ClientType {
    /** A business (firma). */
    COMPANY,
    /** A public body: an office, a municipality, a public hospital (instytucja publiczna). */
    PUBLIC_BODY,
    /** A private person (osoba prywatna). */
    PRIVATE_PERSON,
    /** The channel did not ask or the client did not say. */
    NOT_STATED
}
