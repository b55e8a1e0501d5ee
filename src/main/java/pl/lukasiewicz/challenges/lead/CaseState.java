package pl.lukasiewicz.challenges.lead;

/**
 * Where a case stands in the P+U challenge process. A case is the lead and everything it
 * becomes: the challenge, the offer cards, the offer. The final states are the map's ends.
 */
public enum CaseState {
    RECEIVED(false),
    IN_VERIFICATION(false),
    REJECTED(true),
    HANDED_OVER_TO_BR(true),
    STANDARD_SALE(false),
    STANDARD_SALE_FULFILLED(true),
    OPPORTUNITY(false),
    HOST_ASSIGNED(false),
    PUBLISHED(false),
    NO_OFFERS(true),
    OFFER_IN_PREPARATION(false),
    OFFER_READY(false),
    OFFER_SENT(false),
    ORDER_IN_PROGRESS(false),
    OFFER_ACCEPTED(true),
    OFFER_REJECTED(true);

    private final boolean ends;

    CaseState(boolean ends) {
        this.ends = ends;
    }

    /** True for the states the process ends in. */
    public boolean ends() {
        return ends;
    }
}
