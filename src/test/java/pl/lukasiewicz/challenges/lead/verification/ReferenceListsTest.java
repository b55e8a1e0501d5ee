package pl.lukasiewicz.challenges.lead.verification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReferenceListsTest {

    @Test
    void thePackagedListsAreRead() {
        ReferenceLists lists = ReferenceLists.packaged();

        assertTrue(lists.freeMailDomains().contains("gmail.com"));
        assertTrue(lists.freeMailDomains().contains("wp.pl"));
        assertTrue(lists.disposableMailDomains().contains("mailinator.com"));
        assertTrue(lists.networkInstitutes().contains(new NetworkInstitute(
                "Łukasiewicz – Instytut Mikroelektroniki i Fotoniki", "imif.lukasiewicz.gov.pl")));
    }

    @Test
    void theFirstLineOfADomainNamesTheInstituteAndLaterLinesAreOtherSpellings() {
        String institutes = """
                # the Centre and one institute
                lukasiewicz.gov.pl;Centrum Łukasiewicz

                ilot.lukasiewicz.gov.pl;Łukasiewicz – Instytut Lotnictwa
                ilot.lukasiewicz.gov.pl;Instytut Lotnictwa
                """;

        ReferenceLists lists = ReferenceLists.read("", "", institutes);

        assertEquals(List.of(new NetworkInstitute("Centrum Łukasiewicz", "lukasiewicz.gov.pl"),
                new NetworkInstitute("Łukasiewicz – Instytut Lotnictwa",
                        "ilot.lukasiewicz.gov.pl")), lists.networkInstitutes());
        assertEquals(List.of(
                new NetworkInstituteName("centrum lukasiewicz", "Centrum Łukasiewicz"),
                new NetworkInstituteName("lukasiewicz instytut lotnictwa",
                        "Łukasiewicz – Instytut Lotnictwa"),
                new NetworkInstituteName("instytut lotnictwa",
                        "Łukasiewicz – Instytut Lotnictwa")), lists.networkNames());
    }

    @Test
    void domainsAreReadInLowerCaseWithoutCommentsOrBlankLines() {
        ReferenceLists lists = ReferenceLists.read("# free\n\nGMAIL.com\n  wp.pl  \n", "", "");

        assertEquals(Set.of("gmail.com", "wp.pl"), lists.freeMailDomains());
    }

    @Test
    void anAddressInsteadOfADomainNamesItsLine() {
        InvalidReferenceListException refused = assertThrows(
                InvalidReferenceListException.class,
                () -> ReferenceLists.read("", "# throwaway\nmailinator.com\njan@yopmail.com\n",
                        ""));

        assertEquals(ReferenceLists.DISPOSABLE_MAIL, refused.source());
        assertEquals(3, refused.line());
        assertTrue(refused.getMessage().contains("'jan@yopmail.com' is not a domain"),
                refused.getMessage());
    }

    @Test
    void anInstituteLineWithoutItsDomainNamesItsLine() {
        InvalidReferenceListException refused = assertThrows(
                InvalidReferenceListException.class,
                () -> ReferenceLists.read("", "", "ilot.lukasiewicz.gov.pl;Instytut Lotnictwa\n"
                        + "Instytut Metali Nieżelaznych\n"));

        assertEquals(ReferenceLists.NETWORK_INSTITUTES, refused.source());
        assertEquals(2, refused.line());
    }

    @Test
    void anInstituteLineWithoutANameNamesItsLine() {
        InvalidReferenceListException refused = assertThrows(
                InvalidReferenceListException.class,
                () -> ReferenceLists.read("", "", "imn.lukasiewicz.gov.pl; – \n"));

        assertEquals(1, refused.line());
        assertTrue(refused.getMessage().endsWith("the name is empty"), refused.getMessage());
    }
}
