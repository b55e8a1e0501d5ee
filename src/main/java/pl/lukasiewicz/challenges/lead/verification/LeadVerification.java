package pl.lukasiewicz.challenges.lead.verification;

import java.util.Comparator;
import java.util.List;
import org.jboss.logging.Logger;
import pl.lukasiewicz.challenges.decision.CompiledRuleSet;
import pl.lukasiewicz.challenges.decision.DrlCompiler;
import pl.lukasiewicz.challenges.lead.classification.PolishLemmatiser;

/**
 * Verifies a request before sales qualifies it ("weryfikacja wyzwania"): the rules in
 * {@value #RULE_FILE} decide every finding from the facts Java gathers. Safe for concurrent
 * use: each verification fires the shared compiled rules in a session of its own.
 */
public final class LeadVerification {

    public static final String RULE_SET = "lead-verification";
    public static final String RULE_FILE = "rules/lead-verification.drl";

    private static final Logger LOG = Logger.getLogger(LeadVerification.class);
    static final Comparator<Finding> BLOCKING_FIRST = Comparator
            .comparing(Finding::severity).thenComparing(Finding::code)
            .thenComparing(Finding::reason);

    private static LeadVerification packaged;

    private final CompiledRuleSet rules;
    private final VerificationFacts facts;

    public LeadVerification(CompiledRuleSet rules, ReferenceLists lists,
            PolishLemmatiser lemmatiser) {
        this.rules = rules;
        this.facts = new VerificationFacts(lists, lemmatiser);
    }

    /** The rules and lists packaged with the service, compiled on first use and kept. */
    public static synchronized LeadVerification packaged() {
        if (packaged == null) {
            packaged = new LeadVerification(
                    DrlCompiler.compile(RULE_SET, ReferenceLists.classpathText(RULE_FILE)),
                    ReferenceLists.packaged(), new PolishLemmatiser());
        }
        return packaged;
    }

    /**
     * Verifies one request against the open leads it may repeat; an open lead with the
     * request's own lead id is skipped.
     */
    public VerificationResult verify(LeadDetails lead, List<OpenLeadSummary> openLeads) {
        List<Object> gathered = facts.gather(lead, openLeads);

        CompiledRuleSet.Firing<Finding> firing = rules.fire(gathered, Finding.class);

        List<Finding> findings = firing.outcomes().stream().sorted(BLOCKING_FIRST).toList();
        LOG.infof("Lead verification (rules %s) for %s: %s",
                rules.contentHash().substring(0, 12),
                lead.leadId() == null ? "a request without a lead" : "lead " + lead.leadId(),
                findings.isEmpty() ? "no findings"
                        : findings.stream().map(Finding::code).toList());
        return new VerificationResult(findings, firing.firedRules(), rules.contentHash());
    }

    public CompiledRuleSet rules() {
        return rules;
    }
}
