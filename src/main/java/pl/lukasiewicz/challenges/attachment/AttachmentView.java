package pl.lukasiewicz.challenges.attachment;

/** A kept file as the API lists it, without its bytes. */
public record AttachmentView(
        long id, String fileName, String declaredContentType, String detectedContentType,
        ContentSniffer.Check contentTypeCheck, long sizeBytes, String sha256, boolean stored,
        String notStoredReason) {

    public static AttachmentView of(Attachment attachment) {
        return new AttachmentView(attachment.id, attachment.fileName,
                attachment.declaredContentType, attachment.detectedContentType,
                attachment.contentTypeCheck,
                attachment.sizeBytes, attachment.sha256, attachment.notStoredReason == null,
                attachment.notStoredReason);
    }
}
