package pl.lukasiewicz.challenges.lead.verification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class OrganisationNamesTest {

    @Test
    void aNameWithPolishLettersAndADashReadsAsPlainWords() {
        String name = "Łukasiewicz – Instytut Mikroelektroniki i Fotoniki";

        String normalised = OrganisationNames.normalised(name);

        assertEquals("lukasiewicz instytut mikroelektroniki i fotoniki", normalised);
    }

    @Test
    void everyPolishDiacriticIsDropped() {
        assertEquals("zaklad uslug slusarskich zolc zrodlo gesl",
                OrganisationNames.normalised("Zakład Usług Ślusarskich ŻÓŁĆ ŹRÓDŁO GĘŚL"));
    }

    @Test
    void theSpellingsOfALegalFormReadAlike() {
        List<String> spellings = List.of("Przykładowa Spółka z o.o.", "PRZYKŁADOWA SP. Z O.O.",
                "Przykładowa sp.z o.o.", "Przykładowa spółka z ograniczoną odpowiedzialnością",
                "Przykladowa Sp. z o. o.");

        List<String> read = spellings.stream().map(OrganisationNames::normalised).toList();

        assertEquals(List.of("przykladowa sp z o o"), read.stream().distinct().toList());
        assertEquals(OrganisationNames.normalised("Inna S.A."),
                OrganisationNames.normalised("INNA SA"));
    }

    @Test
    void aNameWithoutWordsIsNoName() {
        assertNull(OrganisationNames.normalised(" – ,. "));
        assertNull(OrganisationNames.normalised(null));
        assertEquals(List.of(), OrganisationNames.phrases(null));
    }

    @Test
    void thePhrasesOfANameAreItsRunsOfConsecutiveWords() {
        List<String> phrases = OrganisationNames.phrases("Instytut Lotnictwa, Warszawa");

        assertEquals(List.of("instytut", "instytut lotnictwa", "instytut lotnictwa warszawa",
                "lotnictwa", "lotnictwa warszawa", "warszawa"), phrases);
    }

    @Test
    void aPersonsNameInAnyOrderIsTheSameName() {
        assertTrue(OrganisationNames.sameWords("Jan Łukasiewicz", "ŁUKASIEWICZ Jan"));
        assertFalse(OrganisationNames.sameWords("Zakład Usług Ślusarskich Jan Łukasiewicz",
                "Jan Łukasiewicz"));
        assertFalse(OrganisationNames.sameWords(null, null));
    }

    @Test
    void aDomainResemblesANameThroughAWordOrTheInitials() {
        assertTrue(OrganisationNames.domainResembles("sinutronic.pl", "Sinutronic Sp. z o.o."));
        assertTrue(OrganisationNames.domainResembles("port.gdynia.pl",
                "Zarząd Morskiego Portu Gdynia S.A."));
        assertTrue(OrganisationNames.domainResembles("cpk.pl", "Centralny Port Komunikacyjny"));
        assertTrue(OrganisationNames.domainResembles("przyklad.com.pl",
                "Przykładowa Spółka z o.o."));
        assertTrue(OrganisationNames.domainResembles("zus-slusarz.pl",
                "Zakład Usług Ślusarskich"));
    }

    @Test
    void aDomainOfAnotherBusinessDoesNotResembleTheName() {
        assertFalse(OrganisationNames.domainResembles("biuro-rachunkowe24.pl",
                "Przykładowa Spółka z o.o."));
        assertFalse(OrganisationNames.domainResembles("com.pl", "Com Sp. z o.o."));
        assertFalse(OrganisationNames.domainResembles(null, "Przykładowa"));
        assertFalse(OrganisationNames.domainResembles("przyklad.pl", null));
    }
}
