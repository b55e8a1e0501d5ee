package pl.lukasiewicz.challenges.lead;

import pl.lukasiewicz.challenges.lead.classification.DeclaredNeed;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** A web-form request that passed every check, ready to become a lead. */
public record WebForm(
        String organisationName,
        Optional<String> nip,
        String contactPerson,
        String email,
        Optional<String> phone,
        String title,
        String description,
        DeclaredNeed declaredNeed,
        Channel channel,
        List<AttachmentMetadata> attachments,
        Optional<OffsetDateTime> receivedAt) {
}
