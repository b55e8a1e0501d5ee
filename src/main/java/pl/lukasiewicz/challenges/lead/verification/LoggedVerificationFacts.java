package pl.lukasiewicz.challenges.lead.verification;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import pl.lukasiewicz.challenges.decision.RuleSetReplay;

/**
 * Reads a verification's facts back from its decision-log row, so that a candidate version of
 * the rules can be tried on logged leads. The row keeps the facts by kind, as
 * {@link LeadVerifier} logged them; contact person, e-mail address and phone number come back
 * as the text "given", which is all the row knows of them. The facts are those of the day the
 * lead was verified: the open leads and the domain and institute lists as they were then.
 */
@ApplicationScoped
public class LoggedVerificationFacts implements RuleSetReplay {

    /**
     * Every kind of fact the verification gathers, in the order it gathers them; the log keeps
     * each kind under its simple name, and PostgreSQL does not keep the order of those names.
     */
    private static final List<Class<?>> KINDS = List.of(Request.class, Identifier.class,
            OpenLead.class, FreeMailDomain.class, DisposableMailDomain.class,
            NetworkInstitute.class, NetworkInstituteName.class);
    private static final Set<String> KIND_NAMES = KINDS.stream().map(Class::getSimpleName)
            .collect(Collectors.toUnmodifiableSet());

    /** A field the fact no longer has is left out; one it has since gained is empty. */
    private static final ObjectMapper FACTS = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    @Override
    public String ruleSetName() {
        return LeadVerification.RULE_SET;
    }

    @Override
    public Class<?> outcomeType() {
        return Finding.class;
    }

    @Override
    public List<Object> facts(Map<String, Object> loggedInputs) {
        for (String kindName : loggedInputs.keySet()) {
            if (!KIND_NAMES.contains(kindName)) {
                throw new IllegalArgumentException("The log row holds facts of an unknown kind '"
                        + kindName + "'; known kinds: " + KIND_NAMES);
            }
        }

        List<Object> facts = new ArrayList<>();
        for (Class<?> kind : KINDS) {
            Object logged = loggedInputs.getOrDefault(kind.getSimpleName(), List.of());
            if (!(logged instanceof List<?> ofKind)) {
                throw new IllegalArgumentException("The log row's " + kind.getSimpleName()
                        + " facts are not a list");
            }
            for (Object fields : ofKind) {
                facts.add(FACTS.convertValue(fields, kind));
            }
        }
        return facts;
    }
}
