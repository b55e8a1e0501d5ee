package pl.lukasiewicz.challenges.lead.verification;

import java.util.List;

/**
 * Fact: the request being verified, with what Java read from its fields. Blank fields are null.
 *
 * @param normalisedOrganisationName the organisation's name in lower case, without Polish
 *     diacritics and punctuation, with the legal form in one spelling ("sp z o o"); null
 *     without a name
 * @param organisationPhrases every run of consecutive words of that name, to find a listed
 *     name inside it
 * @param organisationIsContactName whether the organisation field holds the contact person's
 *     own name (the same words, in any order)
 * @param emailDomain the e-mail address's domain in lower case; null without a usable address
 * @param emailDomains that domain and each domain above it, e.g. {@code imif.lukasiewicz.gov.pl},
 *     {@code lukasiewicz.gov.pl}, {@code gov.pl}; empty without a domain
 * @param emailDomainResemblesOrganisation whether a part of the domain matches a word of the
 *     organisation's name or its initials
 */
public record Request(
        String organisationName,
        String normalisedOrganisationName,
        List<String> organisationPhrases,
        boolean organisationIsContactName,
        ClientType clientType,
        String contactPerson,
        String email,
        String emailDomain,
        List<String> emailDomains,
        boolean emailDomainResemblesOrganisation,
        String phone,
        String title,
        String description) {
}
