package pl.lukasiewicz.challenges.lead.classification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.URISyntaxException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import pl.lukasiewicz.challenges.decision.DecisionFailedException;
import org.kie.dmn.api.core.DMNContext;
import org.kie.dmn.api.core.DMNMessage;
import org.kie.dmn.api.core.DMNModel;
import org.kie.dmn.api.core.DMNResult;
import org.kie.dmn.api.core.DMNRuntime;
import org.kie.dmn.validation.DMNValidator;
import org.kie.dmn.validation.DMNValidatorFactory;

/** The lead classification table, rule by rule, as compiled from the class path. */
class LeadClassificationTableTest {

    private static LeadClassificationTable table;

    @BeforeAll
    static void compileTheTable() {
        table = LeadClassificationTable.packaged();
    }

    @Test
    void theTableIsAValidDmnModelWithoutErrors() throws URISyntaxException {
        File file = new File(LeadClassificationTableTest.class.getClassLoader()
                .getResource(LeadClassificationTable.RESOURCE).toURI());

        List<DMNMessage> messages = DMNValidatorFactory.newValidator().validate(file,
                DMNValidator.Validation.VALIDATE_SCHEMA,
                DMNValidator.Validation.VALIDATE_MODEL,
                DMNValidator.Validation.VALIDATE_COMPILATION,
                DMNValidator.Validation.ANALYZE_DECISION_TABLE);

        assertTrue(messages.stream().noneMatch(m -> m.getSeverity() == DMNMessage.Severity.ERROR),
                messages.toString());
        assertEquals("lead-classification", table.modelName());
    }

    @Test
    void rule1_aResearchInstituteBuyingAnAuxiliaryServiceIsRejected() {
        Map<String, Object> lead = aLeadWithNothingFound();
        lead.put("clientIsResearchBody", true);
        lead.put("outOfScopeTerms", 1);
        lead.put("researchTerms", 1);

        LeadClassification decided = table.decide(lead);

        assertDecided(decided, "REJECT", "LOW", "instytut badawczy lub uczelnia");
    }

    @Test
    void rule2_aRequestWithNothingButOutOfScopeVocabularyIsRejected() {
        Map<String, Object> lead = aLeadWithNothingFound();
        lead.put("outOfScopeTerms", 2);
        lead.put("trainingTerms", 1);

        LeadClassification decided = table.decide(lead);

        assertDecided(decided, "REJECT", "LOW", "poza ofertą instytutów");
    }

    @Test
    void rule3_declaredResearchConfirmedByTheTextIsAnUrgentBPlusRLead() {
        Map<String, Object> lead = aLeadWithNothingFound();
        lead.put("declaredNeed", "RESEARCH_AND_DEVELOPMENT");
        lead.put("researchTerms", 1);
        lead.put("outOfScopeTerms", 1);

        LeadClassification decided = table.decide(lead);

        assertDecided(decided, "B+R", "HIGH", "Klient deklaruje potrzebę prac B+R, a opis");
    }

    @Test
    void rule4_twoResearchTermsMakeAnUrgentBPlusRLeadEvenBesideTests() {
        Map<String, Object> lead = aLeadWithNothingFound();
        lead.put("researchTerms", 2);
        lead.put("testingTerms", 3);

        LeadClassification decided = table.decide(lead);

        assertDecided(decided, "B+R", "HIGH", "potrzebny projekt B+R");
    }

    @Test
    void rule5_oneResearchTermWithTestsIsAMixedRequestHandledAsBPlusR() {
        Map<String, Object> lead = aLeadWithNothingFound();
        lead.put("researchTerms", 1);
        lead.put("testingTerms", 5);

        LeadClassification decided = table.decide(lead);

        assertDecided(decided, "B+R", "NORMAL", "wydzielić jako ofertę P+U");
    }

    @Test
    void rule6_aSingleResearchTermIsABPlusRLeadToConfirm() {
        Map<String, Object> lead = aLeadWithNothingFound();
        lead.put("researchTerms", 1);

        LeadClassification decided = table.decide(lead);

        assertDecided(decided, "B+R", "NORMAL", "jeden sygnał prac B+R");
    }

    @Test
    void rule7_researchBesideAPurchaseIsKeptAsALowPriorityBPlusRLead() {
        Map<String, Object> lead = aLeadWithNothingFound();
        lead.put("researchTerms", 3);
        lead.put("outOfScopeTerms", 1);

        LeadClassification decided = table.decide(lead);

        assertDecided(decided, "B+R", "LOW", "faktycznym przedmiotem zamówienia");
    }

    @Test
    void rule8_testingInAShortDescriptionIsAPlusULeadToCompleteWithTheClient() {
        Map<String, Object> lead = aLeadWithNothingFound();
        lead.put("testingTerms", 3);
        lead.put("descriptionWordCount", 29);

        LeadClassification decided = table.decide(lead);

        assertDecided(decided, "P+U", "NORMAL", "opis jest krótki");
    }

    @Test
    void rule9_twoTestingTermsInAFullDescriptionAreAnUrgentPlusULead() {
        Map<String, Object> lead = aLeadWithNothingFound();
        lead.put("testingTerms", 2);
        lead.put("descriptionWordCount", 30);

        LeadClassification decided = table.decide(lead);

        assertDecided(decided, "P+U", "HIGH", "istniejącej oferty (P+U)");
    }

    @Test
    void rule10_testingBesideOutOfScopeWordsIsAPlusULeadToConfirm() {
        Map<String, Object> lead = aLeadWithNothingFound();
        lead.put("testingTerms", 2);
        lead.put("outOfScopeTerms", 1);

        LeadClassification decided = table.decide(lead);

        assertDecided(decided, "P+U", "NORMAL", "potwierdź zakres z klientem");
    }

    @Test
    void rule11_catalogueVocabularyIsAStandardSaleEvenWhenCalledASupply() {
        Map<String, Object> lead = aLeadWithNothingFound();
        lead.put("catalogueTerms", 1);
        lead.put("outOfScopeTerms", 1);

        LeadClassification decided = table.decide(lead);

        assertDecided(decided, "STANDARD_SALE", "NORMAL", "sprzedaż standardowa");
    }

    @Test
    void rule12_aDeclaredCatalogueProductWithNothingInTheTextIsAStandardSaleToConfirm() {
        Map<String, Object> lead = aLeadWithNothingFound();
        lead.put("declaredNeed", "CATALOGUE_PRODUCT");

        LeadClassification decided = table.decide(lead);

        assertDecided(decided, "STANDARD_SALE", "LOW", "produkt z katalogu");
    }

    @Test
    void rule13_declaredExpertiseWithNothingInTheTextIsAPlusULeadToConfirm() {
        Map<String, Object> lead = aLeadWithNothingFound();
        lead.put("declaredNeed", "EXPERTISE");

        LeadClassification decided = table.decide(lead);

        assertDecided(decided, "P+U", "LOW", "potrzebę badań lub ekspertyzy");
    }

    @Test
    void rule14_declaredTrainingIsAPlusULeadWhoseTopicAPersonChecks() {
        Map<String, Object> lead = aLeadWithNothingFound();
        lead.put("declaredNeed", "TRAINING");
        lead.put("trainingTerms", 1);

        LeadClassification decided = table.decide(lead);

        assertDecided(decided, "P+U", "LOW", "czy temat jest techniczny");
    }

    @Test
    void rule15_declaredResearchWithNothingInTheTextIsABPlusRLeadToConfirm() {
        Map<String, Object> lead = aLeadWithNothingFound();
        lead.put("declaredNeed", "RESEARCH_AND_DEVELOPMENT");

        LeadClassification decided = table.decide(lead);

        assertDecided(decided, "B+R", "LOW", "co ma zostać opracowane");
    }

    @Test
    void rule16_trainingWithoutATechnicalTopicIsRejected() {
        Map<String, Object> lead = aLeadWithNothingFound();
        lead.put("trainingTerms", 2);

        LeadClassification decided = table.decide(lead);

        assertDecided(decided, "REJECT", "LOW", "Szkolenie bez tematyki");
    }

    @Test
    void rule17_aVeryShortRequestWithNothingRecognisedIsRejectedOnlyAfterAskingTheClient() {
        Map<String, Object> lead = aLeadWithNothingFound();
        lead.put("descriptionWordCount", 0);

        LeadClassification decided = table.decide(lead);

        assertDecided(decided, "REJECT", "NORMAL", "poproś klienta o szczegóły");
    }

    @Test
    void rule18_aRequestWithNothingRecognisedIsRejected() {
        Map<String, Object> lead = aLeadWithNothingFound();
        lead.put("clientIsResearchBody", true);

        LeadClassification decided = table.decide(lead);

        assertDecided(decided, "REJECT", "LOW", "nie rozpoznano potrzeby");
    }

    @Test
    void aLeadWithoutAnyFeaturesEndsInTheLastRule() {
        Map<String, Object> nothing = Map.of();

        LeadClassification decided = table.decide(nothing);

        assertDecided(decided, "REJECT", "LOW", "nie rozpoznano potrzeby");
    }

    @Test
    void aMissingDeclaredNeedLeavesTheDecisionToTheText() {
        Map<String, Object> lead = aLeadWithNothingFound();
        lead.put("declaredNeed", null);
        lead.put("researchTerms", 2);

        LeadClassification decided = table.decide(lead);

        assertDecided(decided, "B+R", "HIGH", "potrzebny projekt B+R");
    }

    @Test
    void aMissingCountMatchesNoRuleThatAsksForIt() {
        Map<String, Object> lead = aLeadWithNothingFound();
        lead.remove("researchTerms");
        lead.put("outOfScopeTerms", 1);
        lead.put("testingTerms", 2);

        LeadClassification decided = table.decide(lead);

        assertDecided(decided, "P+U", "NORMAL", "potwierdź zakres z klientem");
    }

    @Test
    void aDeclaredNeedOutsideTheFormsChoicesIsAnErrorNotAGuess() {
        Map<String, Object> lead = aLeadWithNothingFound();
        lead.put("declaredNeed", "CONSULTING");

        DecisionFailedException failed = assertThrows(DecisionFailedException.class,
                () -> table.decide(lead));

        assertTrue(failed.getMessage().contains("declaredNeed='CONSULTING'"), failed.getMessage());
    }

    @Test
    void theEngineAloneRefusesToDecideWhenAnInputIsAbsentWhichIsWhyAbsentMeansNoValue() {
        DMNRuntime runtime = table.model().runtime();
        DMNModel model = table.model().model();
        DMNContext onlyOneInput = runtime.newContext();
        onlyOneInput.set("testingTerms", 2);

        DMNResult result = runtime.evaluateAll(model, onlyOneInput);

        assertTrue(result.hasErrors());
        assertTrue(result.getMessages().toString().contains("Required dependency"));
    }

    /** A lead with every input present and nothing found: a long description, need unsure. */
    private static Map<String, Object> aLeadWithNothingFound() {
        Map<String, Object> inputs = new HashMap<>();
        inputs.put("clientIsResearchBody", false);
        inputs.put("declaredNeed", "NOT_SURE");
        inputs.put("researchTerms", 0);
        inputs.put("testingTerms", 0);
        inputs.put("trainingTerms", 0);
        inputs.put("catalogueTerms", 0);
        inputs.put("outOfScopeTerms", 0);
        inputs.put("descriptionWordCount", 120);
        return inputs;
    }

    private static void assertDecided(
            LeadClassification decided, String leadClass, String priority, String reasonSays) {
        assertEquals(leadClass, decided.leadClass(), decided.toString());
        assertEquals(priority, decided.priority(), decided.toString());
        assertTrue(decided.reason().contains(reasonSays), decided.reason());
    }
}
