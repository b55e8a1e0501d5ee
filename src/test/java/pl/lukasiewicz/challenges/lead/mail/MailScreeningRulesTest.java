package pl.lukasiewicz.challenges.lead.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import pl.lukasiewicz.challenges.decision.CompiledRuleSet;
import pl.lukasiewicz.challenges.decision.DrlCompiler;
import pl.lukasiewicz.challenges.lead.verification.ReferenceLists;

/** The packaged mail-screening rules on every test message, without the service. */
class MailScreeningRulesTest {

    private static final CompiledRuleSet RULES =
            DrlCompiler.compile(MailScreening.RULE_SET, packaged("rules/mail-screening.drl"));

    @Test
    void thePackagedRuleFileCompilesWithoutWarnings() {
        assertEquals(List.of(), RULES.warnings());
    }

    @Test
    void autoRepliesBouncesSpamAndSenderlessMessagesAreHeldBackWithOneReasonEach() {
        assertEquals(List.of("AUTO_REPLY"), codes("pl-autoreply-cp1250-subject.eml"));
        assertEquals(List.of("AUTO_REPLY"), codes("pl-out-of-office-auto-submitted.eml"));
        assertEquals(List.of("BOUNCE"), codes("bounce-delivery-status.eml"));
        assertEquals(List.of("SPAM"), codes("gtube-spam.eml"));
        assertEquals(List.of("CONFLICTING_HEADERS"), codes("spam-duplicate-headers.eml"));
        assertEquals(List.of("NO_SENDER"), codes("malformed-header-no-separator.eml"));
        assertEquals(List.of("NO_SENDER"), codes("missing-inner-boundary.eml"));
        assertEquals(List.of("NO_SENDER"), codes("base64-nested-rfc822.eml"));
    }

    @Test
    void aClientsMessageForwardedByAnInstituteIsMarkedSoWhetherAttachedOrInline() {
        assertEquals(List.of("FORWARDED_BY_INSTITUTE"),
                codes("pl-forwarded-by-institute-with-attachments.eml"));
        assertEquals(List.of("FORWARDED_BY_INSTITUTE"),
                codes("pl-inline-forward-by-institute-html.eml"));
    }

    @Test
    void aForwardFromOutsideTheNetworkAndPlainRequestsPassWithoutOutcome() {
        for (String name : List.of("outlook-forward-chain-encoded-filename.eml",
                "pl-iso-8859-2-qp-body.eml", "pl-windows-1250-body.eml",
                "pl-cp1250-labelled-iso-8859-2.eml", "pl-reply-to-iso-8859-2.eml",
                "invalid-charset.eml", "outlook-alternative-qp-latin1.eml",
                "outlook-mixed-related-alternative.eml", "path-traversal-attachment-name.eml",
                "rfc2047-latin1-latin2-mixed.eml", "smime-signature-attachment.eml",
                "utf8-qp-in-quoted-display-name.eml", "very-long-lines.eml")) {
            assertEquals(List.of(), codes(name), name);
        }
    }

    private static List<String> codes(String sample) {
        List<Object> facts = new ArrayList<>();
        facts.add(MailScreening.factsOf(MailSamples.read(sample)));
        facts.addAll(ReferenceLists.packaged().networkInstitutes());
        return RULES.fire(facts, ScreeningOutcome.class).outcomes().stream()
                .map(ScreeningOutcome::code).toList();
    }

    private static String packaged(String resource) {
        try (InputStream in = MailScreeningRulesTest.class.getClassLoader()
                .getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
