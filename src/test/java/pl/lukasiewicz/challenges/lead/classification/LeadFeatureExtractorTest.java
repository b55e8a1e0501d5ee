package pl.lukasiewicz.challenges.lead.classification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kie.dmn.api.core.DMNModel;
import org.kie.dmn.api.core.ast.InputDataNode;

class LeadFeatureExtractorTest {

    private final LeadFeatureExtractor extractor = new LeadFeatureExtractor();

    @Test
    void theFeaturesAreExactlyTheInputsOfTheDecisionTable() {
        DMNModel model = LeadClassificationTable.packaged().model().model();

        LeadFeatures features = extractor.extract(new LeadText("Firma", "Tytuł", "Opis", null));

        Set<String> inputs = Set.copyOf(model.getInputs().stream()
                .map(InputDataNode::getName).toList());
        assertEquals(inputs, features.decisionInputs().keySet());
    }

    @Test
    void aTestingRequestYieldsCountsOfDifferentTermsAndTheirWordingAsEvidence() {
        LeadText lead = new LeadText("Zarząd Morskiego Portu Gdynia S.A.",
                "Badania wód basenów portowych",
                "Pobór 28 próbek wody, analiza chemiczna próbek w akredytowanym laboratorium,"
                        + " pomiary temperatury. Sprawozdanie z badań zgodnie z normą PN-EN ISO.",
                "TESTING_AND_ANALYSIS");

        LeadFeatures features = extractor.extract(lead);

        Map<String, Object> inputs = features.decisionInputs();
        assertEquals(List.of("próbek", "analiza chemiczna", "akredytowanym", "laboratorium",
                        "pomiary", "Sprawozdanie z badań", "zgodnie z normą", "PN-EN"),
                features.evidence().get("testingTerms"));
        assertEquals(8, inputs.get("testingTerms"));
        assertEquals(0, inputs.get("researchTerms"));
        assertEquals(0, inputs.get("outOfScopeTerms"));
        assertEquals(false, inputs.get("clientIsResearchBody"));
        assertEquals("TESTING_AND_ANALYSIS", inputs.get("declaredNeed"));
        assertEquals(21, inputs.get("descriptionWordCount"), "PN-EN counts as two words");
    }

    @Test
    void aTermRepeatedInTitleAndDescriptionCountsOnce() {
        LeadText lead = new LeadText(null, "Dostawa przyczepy",
                "Ogłoszenie o zamówieniu. Dostawy. Dostawa przyczepy z wyposażeniem.", null);

        LeadFeatures features = extractor.extract(lead);

        assertEquals(1, features.decisionInputs().get("outOfScopeTerms"));
        assertEquals(List.of("Dostawa", "Dostawy"), features.evidence().get("outOfScopeTerms"));
    }

    @Test
    void aResearchBodyIsRecognisedByTheOrganisationsNameOnly() {
        LeadText instituteBuying = new LeadText("Instytut Chemii i Techniki Jądrowej",
                "Obsługa konferencji", "Zamawiający: firma", null);
        LeadText companyMentioningAnInstitute = new LeadText("Port Gdynia S.A.",
                "Badania wód", "Prace wykonał Instytut Morski w Gdańsku.", null);

        Object institute = extractor.extract(instituteBuying).decisionInputs()
                .get("clientIsResearchBody");
        Object company = extractor.extract(companyMentioningAnInstitute).decisionInputs()
                .get("clientIsResearchBody");

        assertEquals(true, institute);
        assertEquals(false, company);
    }

    @Test
    void aLeadWithNothingButATitleHasNoDescriptionWordsAndNoDeclaredNeed() {
        LeadText titleOnly = new LeadText(null, "Badania laboratoryjne betonu", null, null);

        LeadFeatures features = extractor.extract(titleOnly);

        assertEquals(0, features.decisionInputs().get("descriptionWordCount"));
        assertNull(features.decisionInputs().get("declaredNeed"));
        assertTrue(features.decisionInputs().containsKey("declaredNeed"));
        assertEquals(1, features.decisionInputs().get("testingTerms"));
    }

    @Test
    void everyInputIsAnIntegerABooleanOrAString() {
        LeadFeatures features = extractor.extract(new LeadText("Politechnika Gdańska",
                "Prace badawczo-rozwojowe", "Opracowanie technologii.", "NOT_SURE"));

        features.decisionInputs().values().forEach(value -> assertTrue(
                value instanceof Integer || value instanceof Boolean || value instanceof String,
                String.valueOf(value)));
    }

    @Test
    void theFeaturesNameTheTermListTheyWereReadWith() {
        LeadText lead = new LeadText(null, "Pomiary hałasu", null, null);

        LeadFeatures features = extractor.extract(lead);

        assertEquals(TermList.packaged().sha256(), features.termListSha256());
        assertEquals(TermList.packaged().sha256(), extractor.termListSha256());
    }

    @Test
    void aDeclaredNeedOutsideTheFormsChoicesIsRefused() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new LeadText("Firma", "Tytuł", "Opis", "CONSULTING"));

        assertTrue(refused.getMessage().contains("CONSULTING"));
        assertTrue(refused.getMessage().contains("RESEARCH_AND_DEVELOPMENT"));
    }
}
