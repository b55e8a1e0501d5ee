package pl.lukasiewicz.challenges.lead.mail;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import pl.lukasiewicz.challenges.decision.Decisions;
import pl.lukasiewicz.challenges.decision.RuleOutcome;
import pl.lukasiewicz.challenges.decision.RuleRequest;
import pl.lukasiewicz.challenges.lead.verification.ReferenceLists;

/**
 * Screens a message with the active version of the mail-screening rules: gathers the facts
 * (the message's headers and text, the network's institutes), fires the rules through the
 * decision log, and returns what they decided.
 */
@ApplicationScoped
public class MailScreening {

    public static final String RULE_SET = "mail-screening";

    /** The standard anti-spam test string (GTUBE), which every spam filter must catch. */
    static final String GTUBE =
            "XJS*C4JDBQADN1.NSBN3*2IDNEN*GTUBE-STANDARD-ANTI-UBE-TEST-EMAIL*C.34X";
    /** Header fields a message has at most once (RFC 5322 and RFC 2045). */
    private static final List<String> SINGLE_FIELDS = List.of("content-type",
            "content-transfer-encoding", "from", "sender", "subject", "date", "message-id",
            "mime-version");
    private static final Pattern REPORT_TYPE =
            Pattern.compile("(?i)report-type\\s*=\\s*\"?([a-z0-9-]+)");

    private static final ObjectMapper FACTS = new ObjectMapper();
    private static ReferenceLists lists;

    @Inject
    Decisions decisions;

    public List<ScreeningOutcome> screen(ReceivedMail mail, String caller) {
        List<Object> facts = new ArrayList<>();
        ScreenedMail screened = factsOf(mail);
        facts.add(screened);
        facts.addAll(lists().networkInstitutes());

        RuleOutcome<ScreeningOutcome> outcome = decisions.fire(new RuleRequest(RULE_SET, facts,
                logged(screened), null, caller), ScreeningOutcome.class);
        return outcome.outcomes();
    }

    static ScreenedMail factsOf(ReceivedMail mail) {
        MailAddress sender = mail.sender();
        String contentType = first(mail, "content-type");
        String type = contentType == null ? "text/plain"
                : contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
        Matcher report = REPORT_TYPE.matcher(contentType == null ? "" : contentType);
        String spamFlag = first(mail, "x-spam-flag");
        List<String> originalDomains = mail.originalSender()
                .map(original -> domainsOf(original.domain())).orElse(List.of());
        return new ScreenedMail(
                sender == null ? null : sender.domain(),
                sender == null ? List.of() : domainsOf(sender.domain()),
                sender == null ? null : localPart(sender.address()),
                mail.subject(),
                lower(first(mail, "auto-submitted")),
                lower(first(mail, "precedence")),
                !mail.header("x-autoreply").isEmpty() || !mail.header("x-autorespond").isEmpty()
                        || !mail.header("x-autoresponder").isEmpty(),
                type,
                report.find() ? report.group(1).toLowerCase(Locale.ROOT) : null,
                spamFlag != null && spamFlag.strip().toLowerCase(Locale.ROOT).startsWith("yes"),
                containsGtube(mail),
                conflictingHeaders(mail),
                originalDomains,
                !mail.text().isBlank(),
                mail.allFiles().size());
    }

    private static boolean containsGtube(ReceivedMail mail) {
        if (mail.text().contains(GTUBE)) {
            return true;
        }
        return mail.attachedMessage().map(MailScreening::containsGtube).orElse(false);
    }

    private static List<String> conflictingHeaders(ReceivedMail mail) {
        List<String> conflicting = new ArrayList<>();
        for (String name : SINGLE_FIELDS) {
            Set<String> values = new LinkedHashSet<>();
            mail.header(name).forEach(value -> values.add(value.replaceAll("\\s+", " ")
                    .strip().toLowerCase(Locale.ROOT)));
            if (values.size() > 1) {
                conflicting.add(name);
            }
        }
        return conflicting;
    }

    /** a.b.example.pl gives a.b.example.pl, b.example.pl, example.pl and pl. */
    static List<String> domainsOf(String domain) {
        if (domain == null) {
            return List.of();
        }
        List<String> domains = new ArrayList<>();
        String rest = domain;
        while (!rest.isEmpty()) {
            domains.add(rest);
            int dot = rest.indexOf('.');
            rest = dot < 0 ? "" : rest.substring(dot + 1);
        }
        return domains;
    }

    private static String localPart(String address) {
        int at = address.lastIndexOf('@');
        return (at < 0 ? address : address.substring(0, at)).toLowerCase(Locale.ROOT);
    }

    private static String first(ReceivedMail mail, String name) {
        List<String> values = mail.header(name);
        return values.isEmpty() ? null : values.get(0);
    }

    private static String lower(String value) {
        return value == null ? null : value.strip().toLowerCase(Locale.ROOT);
    }

    private static synchronized ReferenceLists lists() {
        if (lists == null) {
            lists = ReferenceLists.packaged();
        }
        return lists;
    }

    /** For the decision log: the facts as the rules saw them, the sender's name left out. */
    static Map<String, Object> logged(ScreenedMail screened) {
        @SuppressWarnings("unchecked")
        Map<String, Object> fields = FACTS.convertValue(screened, LinkedHashMap.class);
        fields.computeIfPresent("senderLocalPart", (key, value) -> "given");
        return Map.of("ScreenedMail", List.of(fields));
    }
}
