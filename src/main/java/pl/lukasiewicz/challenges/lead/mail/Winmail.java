package pl.lukasiewicz.challenges.lead.mail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLConnection;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hmef.Attachment;
import org.apache.poi.hmef.HMEFMessage;
import pl.lukasiewicz.challenges.attachment.ContentSniffer;

/**
 * The files inside Outlook's winmail.dat (TNEF), read with Apache POI's HMEF reader. The
 * winmail.dat itself is kept as well; one that cannot be read gives no files and stays as it
 * is, so nothing is lost.
 */
public final class Winmail {

    private Winmail() {
    }

    public static boolean isTnef(byte[] content) {
        return ContentSniffer.typeOf(content).filter(ContentSniffer.TNEF::equals).isPresent();
    }

    /** The files inside, named safely; empty when there are none or the stream is broken. */
    public static List<MailFile> filesIn(byte[] tnef, int firstNumber) {
        List<MailFile> files = new ArrayList<>();
        try {
            HMEFMessage message = new HMEFMessage(new ByteArrayInputStream(tnef));
            for (Attachment inside : message.getAttachments()) {
                String declared = inside.getLongFilename() != null
                        ? inside.getLongFilename() : inside.getFilename();
                String type = declared == null ? null
                        : URLConnection.guessContentTypeFromName(declared);
                type = type == null ? "application/octet-stream" : type;
                files.add(new MailFile(
                        SafeFileName.of(declared, type, firstNumber + files.size()), type,
                        inside.getContents() == null ? new byte[0] : inside.getContents()));
            }
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
        return files;
    }
}
