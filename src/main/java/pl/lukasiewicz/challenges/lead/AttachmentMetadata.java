package pl.lukasiewicz.challenges.lead;

/** What the form says about a file the client attached; the file itself comes separately. */
public record AttachmentMetadata(String fileName, String contentType, long sizeBytes) {
}
