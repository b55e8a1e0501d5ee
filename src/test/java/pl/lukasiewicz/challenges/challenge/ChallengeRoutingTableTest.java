package pl.lukasiewicz.challenges.challenge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kie.dmn.api.core.DMNMessage;
import org.kie.dmn.api.core.DMNMessageType;
import org.kie.dmn.model.api.ItemDefinition;
import org.kie.dmn.validation.DMNValidator;
import org.kie.dmn.validation.DMNValidatorFactory;
import pl.lukasiewicz.challenges.decision.CompiledModel;
import pl.lukasiewicz.challenges.decision.DecisionFailedException;
import pl.lukasiewicz.challenges.decision.DecisionModels;
import pl.lukasiewicz.challenges.decision.DmnCompiler;
import pl.lukasiewicz.challenges.support.PackagedModels;

/**
 * The challenge-routing model over its whole list of domains, and what its UNIQUE competence
 * matrix does when an edit gives one domain two rows. Case by case: the scenario table
 * dmn/scenarios/challenge-routing.csv.
 */
class ChallengeRoutingTableTest {

    private static final String MODEL = "challenge-routing";
    private static final String ROUTING = "Challenge routing";
    private static final String NETWORK_FORM = "Łukasiewicz – ";
    private static final String CENTRAL_SALES = "Centrum Łukasiewicz";

    private static CompiledModel routing;

    @BeforeAll
    static void compileTheModel() {
        routing = PackagedModels.compiled(MODEL);
    }

    @Test
    void everyDomainOfTheListHasAHostAndTheHostIsNotInvitedAgain() {
        List<String> domains = domainsOfTheList();

        for (String domain : domains) {
            Map<String, Object> decided = route(routing, domain);

            String host = (String) decided.get("challengeHost");
            List<?> invited = (List<?>) decided.get("institutesToInvite");
            assertTrue(host.startsWith(NETWORK_FORM) || host.equals(CENTRAL_SALES),
                    domain + " is hosted by '" + host + "'");
            assertFalse(invited.contains(host), domain + " invites its host again");
            assertEquals(invited.size(), new HashSet<>(invited).size(),
                    domain + " invites an institute twice: " + invited);
            assertTrue(invited.stream().allMatch(i -> ((String) i).startsWith(NETWORK_FORM)),
                    domain + " invites a name not in the network's form: " + invited);
        }
        assertEquals(15, domains.size(), "domains of tTechnicalDomain: " + domains);
    }

    @Test
    void onlyTheDomainWithoutARuleStaysWithCentralSales() {
        List<String> domains = domainsOfTheList();

        List<String> keptByCentralSales = domains.stream()
                .filter(d -> route(routing, d).get("challengeHost").equals(CENTRAL_SALES))
                .toList();

        assertEquals(List.of("OTHER"), keptByCentralSales);
    }

    @Test
    void aSecondRowForOneDomainStopsThatDomainsDecisionInsteadOfPickingAHost() {
        String edited = DecisionModels.packagedContent(MODEL).replace(
                "      <rule id=\"matrix_04_energy\">",
                "      <rule id=\"matrix_03b_electronics_again\">\n"
                + "        <inputEntry><text>\"ELECTRONICS\"</text></inputEntry>\n"
                + "        <outputEntry><text>\"Łukasiewicz – Instytut Elektrotechniki\""
                + "</text></outputEntry>\n"
                + "        <outputEntry><text>[]</text></outputEntry>\n"
                + "        <annotationEntry><text>A second row for one domain.</text>"
                + "</annotationEntry>\n"
                + "      </rule>\n"
                + "      <rule id=\"matrix_04_energy\">");
        CompiledModel withTwoRows = DmnCompiler.compile(MODEL, 2,
                DecisionModels.sha256(edited), edited);

        DecisionFailedException failed = assertThrows(DecisionFailedException.class,
                () -> route(withTwoRows, "ELECTRONICS"));
        Map<String, Object> energy = route(withTwoRows, "ENERGY");
        List<DMNMessage> validation = DMNValidatorFactory.newValidator().validate(
                new StringReader(edited), DMNValidator.Validation.VALIDATE_MODEL,
                DMNValidator.Validation.ANALYZE_DECISION_TABLE);

        assertTrue(failed.getMessage().contains("UNIQUE"), failed.getMessage());
        assertEquals("Łukasiewicz – Instytut Elektrotechniki", energy.get("challengeHost"));
        assertTrue(validation.stream().anyMatch(m -> m.getSeverity() == DMNMessage.Severity.ERROR
                && m.getMessageType() == DMNMessageType.DECISION_TABLE_OVERLAP_HITPOLICY_UNIQUE),
                validation.toString());
    }

    private static Map<String, Object> route(CompiledModel model, String domain) {
        Map<String, Object> inputs = new HashMap<>();
        inputs.put("technicalDomain", domain);
        inputs.put("leadClass", "P+U");
        inputs.put("readyServiceExists", false);
        return model.evaluate(inputs).structure(ROUTING);
    }

    /** The values of tTechnicalDomain, as the model file lists them. */
    private static List<String> domainsOfTheList() {
        ItemDefinition domain = routing.model().getDefinitions().getItemDefinition().stream()
                .filter(item -> item.getName().equals("tTechnicalDomain"))
                .findFirst().orElseThrow();
        Matcher quoted = Pattern.compile("\"([^\"]*)\"")
                .matcher(domain.getAllowedValues().getText());
        List<String> domains = new ArrayList<>();
        while (quoted.find()) {
            domains.add(quoted.group(1));
        }
        return domains;
    }
}
