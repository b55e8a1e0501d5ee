package pl.lukasiewicz.challenges.decision;

/** A what-if was asked for a rule set whose logged cases no module can read back. */
public class WhatIfNotSupportedException extends RuntimeException {

    public WhatIfNotSupportedException(String ruleSet) {
        super("Logged cases of rule set '" + ruleSet + "' cannot be replayed: no module reads"
                + " its logged facts back");
    }
}
