package pl.lukasiewicz.challenges.lead.verification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pl.lukasiewicz.challenges.lead.verification.RequestToVerify.aCompanyRequest;
import static pl.lukasiewicz.challenges.lead.verification.RequestToVerify.anEmptyRequest;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each rule of rules/lead-verification.drl fires when it should and not otherwise. */
class LeadVerificationRulesTest {

    private static final LeadVerification VERIFICATION = LeadVerification.packaged();

    // ---------------------------------------------------------------- a clean request

    @Test
    void aCompleteCompanyRequestHasNoFindings() {
        RequestToVerify request = aCompanyRequest();

        VerificationResult result = verify(request);

        assertEquals(List.of(), result.findings());
        assertEquals(List.of("A client of no declared type who names an organisation other than"
                + " themselves is an organisation"), result.firedRules());
    }

    @Test
    void theNamesOfTheRulesThatFiredAreReported() {
        RequestToVerify request = aCompanyRequest();
        request.email = "zamowienia@gmail.com";
        request.nip = null;

        VerificationResult result = verify(request);

        assertEquals(List.of(
                "A client of no declared type who names an organisation other than themselves"
                        + " is an organisation",
                "An organisation writing from a free e-mail service",
                "An organisation's request without a NIP"),
                result.firedRules().stream().sorted().toList());
        assertEquals(VERIFICATION.rules().contentHash(), result.ruleSetHash());
    }

    // ---------------------------------------------------------------- missing or contradictory

    @Test
    void anEmptyRequestMissesTheOrganisationTheContactAndTheNeed() {
        RequestToVerify request = anEmptyRequest();

        VerificationResult result = verify(request);

        assertEquals(List.of("CONTACT_MISSING", "NEED_NOT_DESCRIBED", "ORGANISATION_MISSING"),
                result.codes());
        assertEquals(List.of(Severity.BLOCKING, Severity.BLOCKING, Severity.WARNING),
                result.findings().stream().map(Finding::severity).toList());
    }

    @Test
    void blankFieldsCountAsMissing() {
        RequestToVerify request = anEmptyRequest();
        request.organisationName = "  ";
        request.email = "";
        request.phone = "\t";
        request.title = " ";
        request.description = "\n";
        request.nip = " ";
        request.regon = "";

        VerificationResult result = verify(request);

        assertEquals(List.of("CONTACT_MISSING", "NEED_NOT_DESCRIBED", "ORGANISATION_MISSING"),
                result.codes());
    }

    @Test
    void anOrganisationWithoutANipIsAskedForOne() {
        RequestToVerify request = aCompanyRequest();
        request.nip = null;

        Finding finding = single(verify(request));

        assertEquals("NIP_MISSING", finding.code());
        assertEquals(Severity.WARNING, finding.severity());
        assertEquals("nip", finding.field());
        assertTrue(finding.reason().startsWith("Zapytanie składa organizacja"), finding.reason());
    }

    @Test
    void aPublicBodyWithoutANipIsAskedForOneToo() {
        RequestToVerify request = aCompanyRequest();
        request.organisationName = "Gmina Grodziczno";
        request.email = "sekretariat@grodziczno.pl";
        request.clientType = ClientType.PUBLIC_BODY;
        request.nip = null;

        assertEquals(List.of("NIP_MISSING"), verify(request).codes());
    }

    @Test
    void aPrivatePersonNeedsNeitherANipNorAnOrganisation() {
        RequestToVerify request = aCompanyRequest();
        request.clientType = ClientType.PRIVATE_PERSON;
        request.organisationName = null;
        request.nip = null;
        request.email = "jan.kowalski@gmail.com";

        VerificationResult result = verify(request);

        assertEquals(List.of(), result.findings());
        assertEquals(List.of("A client declared as a private person is a private person"),
                result.firedRules());
    }

    @Test
    void aPrivatePersonGivingANipIsAskedWhetherTheyRunABusiness() {
        RequestToVerify request = aCompanyRequest();
        request.clientType = ClientType.PRIVATE_PERSON;
        request.organisationName = null;

        Finding finding = single(verify(request));

        assertEquals("NIP_FOR_PRIVATE_PERSON", finding.code());
        assertEquals(Severity.WARNING, finding.severity());
    }

    @Test
    void someoneWritingTheirOwnNameAsTheOrganisationIsTakenForAPrivatePerson() {
        RequestToVerify request = aCompanyRequest();
        request.contactPerson = "Łucja Żółkiewska";
        request.organisationName = "ŻÓŁKIEWSKA Łucja";
        request.email = "lucja@zolkiewska.pl";

        VerificationResult result = verify(request);

        assertEquals(List.of("NIP_FOR_PRIVATE_PERSON"), result.codes());
        assertTrue(result.firedRules().contains("A client of no declared type who gives their"
                + " own name as the organisation is a private person"));
    }

    @Test
    void aPrivatePersonWhoNamesAnOrganisationIsAskedForWhomTheyAsk() {
        RequestToVerify request = aCompanyRequest();
        request.clientType = ClientType.PRIVATE_PERSON;
        request.nip = null;
        request.organisationName = "Zakład Usług Ślusarskich";

        Finding finding = single(verify(request));

        assertEquals("PRIVATE_PERSON_NAMES_ORGANISATION", finding.code());
        assertEquals("clientType", finding.field());
        assertTrue(finding.reason().contains("„Zakład Usług Ślusarskich”"), finding.reason());
    }

    @Test
    void aRequestWithNeitherEmailNorPhoneCannotReachTheClient() {
        RequestToVerify request = aCompanyRequest();
        request.email = null;
        request.phone = null;

        Finding finding = single(verify(request));

        assertEquals("CONTACT_MISSING", finding.code());
        assertEquals(Severity.BLOCKING, finding.severity());
    }

    @Test
    void aPhoneAloneIsEnoughToReachTheClient() {
        RequestToVerify request = aCompanyRequest();
        request.email = null;

        assertEquals(List.of(), verify(request).findings());
    }

    @ParameterizedTest
    @ValueSource(strings = {"anna.nowak", "anna@", "anna@przyklad", "an na@przyklad.pl",
            "anna@@przyklad.pl", "@przyklad.pl"})
    void anEmailAddressWithoutAUsableDomainIsMalformed(String email) {
        RequestToVerify request = aCompanyRequest();
        request.email = email;

        Finding finding = single(verify(request));

        assertEquals("EMAIL_MALFORMED", finding.code());
        assertEquals(Severity.WARNING, finding.severity());
    }

    @Test
    void aRequestWithoutTitleAndDescriptionSaysNothingAboutTheNeed() {
        RequestToVerify request = aCompanyRequest();
        request.title = null;
        request.description = null;

        Finding finding = single(verify(request));

        assertEquals("NEED_NOT_DESCRIBED", finding.code());
        assertEquals(Severity.BLOCKING, finding.severity());
    }

    @Test
    void aTitleAloneDescribesTheNeed() {
        RequestToVerify request = aCompanyRequest();
        request.description = null;

        assertEquals(List.of(), verify(request).findings());
    }

    @Test
    void anOrganisationWritingFromADomainUnlikeItsNameIsNoted() {
        RequestToVerify request = aCompanyRequest();
        request.email = "jan@biuro-rachunkowe24.pl";

        Finding finding = single(verify(request));

        assertEquals("EMAIL_DOMAIN_UNLIKE_ORGANISATION", finding.code());
        assertEquals(Severity.INFO, finding.severity());
        assertTrue(finding.reason().contains("biuro-rachunkowe24.pl"), finding.reason());
    }

    @Test
    void aDomainMadeOfTheOrganisationsInitialsResemblesIt() {
        RequestToVerify request = aCompanyRequest();
        request.organisationName = "Centralny Port Komunikacyjny Sp. z o.o.";
        request.email = "laboratorium@cpk.pl";

        assertEquals(List.of(), verify(request).findings());
    }

    // ---------------------------------------------------------------- NIP and REGON

    @Test
    void aNipWithAWrongCheckDigitBlocks() {
        RequestToVerify request = aCompanyRequest();
        request.nip = "5260250275";

        Finding finding = single(verify(request));

        assertEquals("NIP_CHECKSUM_INVALID", finding.code());
        assertEquals(Severity.BLOCKING, finding.severity());
        assertTrue(finding.reason().contains("5260250275"), finding.reason());
    }

    @ParameterizedTest
    @ValueSource(strings = {"526025027", "52602502741", "526-025-02-7X", "brak"})
    void aNipThatIsNotTenDigitsIsMalformed(String nip) {
        RequestToVerify request = aCompanyRequest();
        request.nip = nip;

        Finding finding = single(verify(request));

        assertEquals("NIP_MALFORMED", finding.code());
        assertEquals(Severity.BLOCKING, finding.severity());
    }

    @ParameterizedTest
    @ValueSource(strings = {"5260250274", "PL5260250274", "pl 526 025 02 74", "526-02-50-274"})
    void aValidNipMayBeWrittenWithPrefixSpacesOrDashes(String nip) {
        RequestToVerify request = aCompanyRequest();
        request.nip = nip;

        assertEquals(List.of(), verify(request).findings());
    }

    @ParameterizedTest
    @ValueSource(strings = {"123456785", "323456780", "12345678500010", "730-654-239-00122"})
    void aValidNineOrFourteenDigitRegonHasNoFinding(String regon) {
        RequestToVerify request = aCompanyRequest();
        request.regon = regon;

        assertEquals(List.of(), verify(request).findings());
    }

    @ParameterizedTest
    @ValueSource(strings = {"123456784", "12345678500011", "12345678400014"})
    void aRegonWithAWrongCheckDigitIsWarned(String regon) {
        RequestToVerify request = aCompanyRequest();
        request.regon = regon;

        Finding finding = single(verify(request));

        assertEquals("REGON_CHECKSUM_INVALID", finding.code());
        assertEquals(Severity.WARNING, finding.severity());
        assertEquals("regon", finding.field());
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345678", "1234567850", "1234567850001"})
    void aRegonThatIsNeitherNineNorFourteenDigitsIsMalformed(String regon) {
        RequestToVerify request = aCompanyRequest();
        request.regon = regon;

        assertEquals(List.of("REGON_MALFORMED"), verify(request).codes());
    }

    // ---------------------------------------------------------------- the same request again

    @Test
    void anOpenLeadWithTheSameNipIsADuplicate() {
        RequestToVerify request = aCompanyRequest();
        OpenLeadSummary open = new OpenLeadSummary(17, "5260250274", "Inna nazwa S.A.",
                "Szkolenie z BHP");

        Finding finding = single(verify(request, open));

        assertEquals("DUPLICATE_OF_OPEN_LEAD", finding.code());
        assertEquals(Severity.WARNING, finding.severity());
        assertTrue(finding.reason().startsWith("Otwarty lead nr 17 („Szkolenie z BHP”)"),
                finding.reason());
    }

    @Test
    void anOpenLeadOfTheSameOrganisationWithASimilarTitleIsANearDuplicate() {
        RequestToVerify request = aCompanyRequest();
        request.nip = null;
        OpenLeadSummary open = new OpenLeadSummary(12, null,
                "PRZYKŁADOWA SPÓŁKA Z OGRANICZONĄ ODPOWIEDZIALNOŚCIĄ",
                "Badanie próbki wody morskiej");

        VerificationResult result = verify(request, open);

        Finding finding = only(result, "NEAR_DUPLICATE_OF_OPEN_LEAD");
        assertEquals(Severity.WARNING, finding.severity());
        assertTrue(finding.reason().contains("nr 12"), finding.reason());
        assertTrue(finding.reason().contains("wspólne 60% słów"), finding.reason());
        assertEquals(List.of("NEAR_DUPLICATE_OF_OPEN_LEAD", "NIP_MISSING"), result.codes());
    }

    @Test
    void anOpenLeadOfTheSameOrganisationOnAnotherSubjectIsOnlyNoted() {
        RequestToVerify request = aCompanyRequest();
        OpenLeadSummary open = new OpenLeadSummary(21, null, "Przykładowa sp. z o. o.",
                "Szkolenie z obsługi spektrometru");

        Finding finding = single(verify(request, open));

        assertEquals("OTHER_OPEN_LEAD_OF_CLIENT", finding.code());
        assertEquals(Severity.INFO, finding.severity());
    }

    @Test
    void aDuplicateByNipIsNotAlsoANearDuplicate() {
        RequestToVerify request = aCompanyRequest();
        OpenLeadSummary open = new OpenLeadSummary(17, "526-025-02-74",
                "Przykładowa Spółka z o.o.", "Badania laboratoryjne próbek wody");

        assertEquals(List.of("DUPLICATE_OF_OPEN_LEAD"), verify(request, open).codes());
    }

    @Test
    void anotherOrganisationAskingTheSameIsNoDuplicate() {
        RequestToVerify request = aCompanyRequest();
        OpenLeadSummary open = new OpenLeadSummary(30, "7740001454", "Inna Firma S.A.",
                "Badania laboratoryjne próbek wody");

        assertEquals(List.of(), verify(request, open).findings());
    }

    @Test
    void aLeadIsNotADuplicateOfItself() {
        RequestToVerify request = aCompanyRequest();
        OpenLeadSummary itself = new OpenLeadSummary(request.leadId, "5260250274",
                request.organisationName, request.title);

        assertEquals(List.of(), verify(request, itself).findings());
    }

    @Test
    void anOpenLeadIsNoDuplicateWhenTheRequestsNipIsInvalid() {
        RequestToVerify request = aCompanyRequest();
        request.nip = "5260250275";
        OpenLeadSummary open = new OpenLeadSummary(17, "5260250275", "Inna S.A.", "Coś");

        assertEquals(List.of("NIP_CHECKSUM_INVALID"), verify(request, open).codes());
    }

    // ---------------------------------------------------------------- the sender's domain

    @Test
    void anOrganisationWritingFromAFreeMailServiceIsWarned() {
        RequestToVerify request = aCompanyRequest();
        request.email = "Przykladowa.Biuro@WP.PL";

        Finding finding = single(verify(request));

        assertEquals("FREE_MAIL_FOR_ORGANISATION", finding.code());
        assertEquals(Severity.WARNING, finding.severity());
        assertTrue(finding.reason().contains("(wp.pl)"), finding.reason());
    }

    @Test
    void onlyTheFreeMailDomainItselfCountsNotItsSubdomains() {
        RequestToVerify request = aCompanyRequest();
        request.email = "biuro@przykladowa.wp.pl";

        assertFalse(verify(request).codes().contains("FREE_MAIL_FOR_ORGANISATION"));
    }

    @Test
    void aDisposableAddressBlocksEvenForAPrivatePerson() {
        RequestToVerify request = aCompanyRequest();
        request.clientType = ClientType.PRIVATE_PERSON;
        request.organisationName = null;
        request.nip = null;
        request.email = "x7f3@mailinator.com";

        Finding finding = single(verify(request));

        assertEquals("DISPOSABLE_MAIL", finding.code());
        assertEquals(Severity.BLOCKING, finding.severity());
    }

    @Test
    void aSubdomainOfADisposableServiceIsDisposableToo() {
        RequestToVerify request = aCompanyRequest();
        request.email = "x7f3@abc.mailinator.com";

        Finding finding = single(verify(request));

        assertEquals("DISPOSABLE_MAIL", finding.code());
        assertTrue(finding.reason().contains("mailinator.com"), finding.reason());
    }

    // ---------------------------------------------------------------- the network as client

    @ParameterizedTest
    @ValueSource(strings = {
        "Łukasiewicz – Instytut Mikroelektroniki i Fotoniki",
        "Sieć Badawcza Łukasiewicz - Instytut Mikroelektroniki i Fotoniki",
        "LUKASIEWICZ-INSTYTUT MIKROELEKTRONIKI I FOTONIKI",
        "Łukasiewicz-IMiF",
        "Instytut Mikroelektroniki i Fotoniki, Zakład Mikrosystemów"})
    void aClientNamedAsANetworkInstituteIsBlocked(String organisation) {
        RequestToVerify request = aCompanyRequest();
        request.organisationName = organisation;
        request.email = "anna.nowak@przyklad.pl";

        Finding finding = only(verify(request), "CLIENT_IS_NETWORK_INSTITUTE");

        assertEquals(Severity.BLOCKING, finding.severity());
        assertEquals("organisationName", finding.field());
        assertTrue(finding.reason().contains(
                "(Łukasiewicz – Instytut Mikroelektroniki i Fotoniki)"), finding.reason());
    }

    @Test
    void aClientCalledSiećBadawczaŁukasiewiczIsTheNetworkItself() {
        RequestToVerify request = aCompanyRequest();
        request.organisationName = "Sieć Badawcza Łukasiewicz";

        Finding finding = only(verify(request), "CLIENT_IS_NETWORK_INSTITUTE");

        assertTrue(finding.reason().startsWith("Jako klienta wpisano Sieć Badawczą"),
                finding.reason());
    }

    @Test
    void aWorkshopOwnedBySomeoneCalledŁukasiewiczIsNotAnInstitute() {
        RequestToVerify request = aCompanyRequest();
        request.organisationName = "Zakład Usług Ślusarskich Jan Łukasiewicz";
        request.contactPerson = "Jan Łukasiewicz";
        request.email = "biuro@slusarz-lukasiewicz.pl";
        request.title = "Badanie twardości spoin według normy";

        assertEquals(List.of(), verify(request).findings());
    }

    @Test
    void aRequestSentFromAnInstitutesAddressIsWarnedButItsClientIsNotTheInstitute() {
        RequestToVerify request = aCompanyRequest();
        request.email = "jan.nowak@imif.lukasiewicz.gov.pl";

        Finding finding = single(verify(request));

        assertEquals("SENT_FROM_NETWORK", finding.code());
        assertEquals(Severity.WARNING, finding.severity());
        assertTrue(finding.reason().contains(
                "(Łukasiewicz – Instytut Mikroelektroniki i Fotoniki)"), finding.reason());
    }

    @Test
    void aRequestSentFromTheCentreNamesTheCentre() {
        RequestToVerify request = aCompanyRequest();
        request.email = "sprzedaz@lukasiewicz.gov.pl";

        Finding finding = single(verify(request));

        assertEquals("SENT_FROM_NETWORK", finding.code());
        assertTrue(finding.reason().contains("(Centrum Łukasiewicz)"), finding.reason());
    }

    @Test
    void aRequestSentFromAnUnlistedLukasiewiczSubdomainIsWarnedToo() {
        RequestToVerify request = aCompanyRequest();
        request.email = "kontakt@nowy-instytut.lukasiewicz.gov.pl";

        Finding finding = single(verify(request));

        assertEquals("SENT_FROM_NETWORK", finding.code());
        assertTrue(finding.reason().contains("(nowy-instytut.lukasiewicz.gov.pl)"),
                finding.reason());
    }

    @Test
    void aDomainThatOnlyEndsWithTheSameLettersIsNotTheNetwork() {
        RequestToVerify request = aCompanyRequest();
        request.organisationName = "Notlukasiewicz Sp. z o.o.";
        request.email = "biuro@notlukasiewicz.gov.pl";

        assertEquals(List.of(), verify(request).findings());
    }

    @Test
    void anInstituteAsTheClientWritingFromItsOwnAddressGetsBothFindings() {
        RequestToVerify request = aCompanyRequest();
        request.organisationName = "Łukasiewicz – Instytut Lotnictwa";
        request.email = "zamowienia@ilot.lukasiewicz.gov.pl";

        assertEquals(List.of("CLIENT_IS_NETWORK_INSTITUTE", "SENT_FROM_NETWORK"),
                verify(request).codes());
    }

    // ---------------------------------------------------------------- helpers

    private static VerificationResult verify(RequestToVerify request,
            OpenLeadSummary... openLeads) {
        return VERIFICATION.verify(request.details(), List.of(openLeads));
    }

    private static Finding single(VerificationResult result) {
        assertEquals(1, result.findings().size(), "one finding expected: " + result.findings());
        return result.findings().get(0);
    }

    private static Finding only(VerificationResult result, String code) {
        List<Finding> found = result.findings().stream()
                .filter(finding -> finding.code().equals(code)).toList();
        assertEquals(1, found.size(), "one " + code + " expected: " + result.findings());
        return found.get(0);
    }
}
