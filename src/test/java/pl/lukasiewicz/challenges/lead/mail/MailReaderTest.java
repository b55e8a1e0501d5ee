package pl.lukasiewicz.challenges.lead.mail;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pl.lukasiewicz.challenges.lead.mail.MailSamples.assertSameCharacters;
import static pl.lukasiewicz.challenges.lead.mail.MailSamples.read;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the reader makes of real and Polish messages: text, senders, files, forwards. */
class MailReaderTest {

    private static final String PANGRAM = "Zażółć gęślą jaźń.";

    @Test
    void anIso88592QuotedPrintableBodyAndEncodedHeadersReadAsPolishText() {
        ReceivedMail mail = read("pl-iso-8859-2-qp-body.eml");

        assertSameCharacters("Paweł Żółkiewski", mail.sender().name());
        assertEquals("pawel.zolkiewski@konstrukcje-lodz.pl", mail.sender().address());
        assertSameCharacters("Zapytanie ofertowe: badania wytrzymałości spoin", mail.subject());
        assertSameCharacters("Dzień dobry,\n\nprosimy o wykonanie akredytowanych badań"
                + " wytrzymałości 12 próbek spoin stalowych zgodnie z normą PN-EN ISO 5817."
                + " Próbki możemy dostarczyć do Gliwic w przyszłym tygodniu.\n\n"
                + "Zażółć gęślą jaźń. ZAŻÓŁĆ GĘŚLĄ JAŹŃ.\n\nZ poważaniem\nPaweł Żółkiewski\n"
                + "Konstrukcje Stalowe Łódź Sp. z o.o.", mail.text());
        assertEquals("zapytanie-spoiny-2026-03-02@konstrukcje-lodz.pl", mail.messageId());
    }

    @Test
    void aWindows1250BodyReadsAsPolishText() {
        ReceivedMail mail = read("pl-windows-1250-body.eml");

        assertSameCharacters("Łucja Ślęzak", mail.sender().name());
        assertSameCharacters("Ekspertyza źródła korozji", mail.subject());
        assertTrue(mail.text().contains(PANGRAM + " ZAŻÓŁĆ GĘŚLĄ JAŹŃ. Śląsk, źdźbło, łąka."),
                mail.text());
        assertTrue(mail.text().endsWith("Łucja Ślęzak\nChłodnie Śląskie S.A."), mail.text());
    }

    @Test
    void windows1250BytesLabelledIso88592AreReadAsWindows1250() {
        ReceivedMail mail = read("pl-cp1250-labelled-iso-8859-2.eml");

        assertSameCharacters("Dzień dobry, prosimy o szkolenie z bezpieczeństwa maszyn dla 15"
                + " osób. Termin: październik. Świętokrzyskie Zakłady Mięsne, Kielce.\n"
                + PANGRAM, mail.text());
        assertSameCharacters("Szkolenie – bezpieczeństwo maszyn", mail.subject());
        assertNull(mail.messageId());
    }

    @Test
    void aWindows1250SubjectSplitOverTwoEncodedWordsIsJoined() {
        ReceivedMail mail = read("pl-autoreply-cp1250-subject.eml");

        assertSameCharacters("Automatyczna odpowiedź: Piotrze, test z 6 miesięcy nauki ciągle"
                + " na Ciebie czeka", mail.subject());
        assertNull(mail.sender(), "the message has no From");
        assertEquals("toto", mail.text());
    }

    @Test
    void encodedWordsInThreeCharsetsAreJoinedWithoutSpaces() {
        ReceivedMail mail = read("rfc2047-latin1-latin2-mixed.eml");

        assertEquals("If you can read this you understand the example... so, cool!",
                mail.subject());
        assertEquals(new MailAddress("Keith Moore", "moore@cs.utk.edu"), mail.sender());
        assertEquals("How's this?", mail.text());
    }

    @Test
    void anEncodedWordInsideAQuotedNameIsDecodedAndTheFirstOfTwoSendersIsTaken() {
        ReceivedMail mail = read("utf8-qp-in-quoted-display-name.eml");

        assertEquals(new MailAddress("James Hillyerd", "jamehi03@jamehi03lx.noa.com"),
                mail.sender());
        assertSameCharacters("MIME UTF8 Test ¢ More Text", mail.subject());
        assertTrue(mail.header("to").get(0).startsWith("\"Mirosław Marczak\""),
                mail.header("to").toString());
        assertTrue(mail.text().startsWith("Lorem ipsum dolor sit amet, consectetur adipiscing"
                + " elit. Nullam venenatis ante"), "soft line breaks joined: " + mail.text());
    }

    @Test
    void plainTextIsPreferredToHtmlAndInlineImagesAreKeptAsFiles() {
        ReceivedMail mail = read("outlook-mixed-related-alternative.eml");

        assertTrue(mail.text().startsWith("The Hare and the Tortoise"), mail.text());
        assertTrue(!mail.text().contains("<"), "no HTML in the text");
        assertEquals(List.of("blueball.png", "greenball.png", "redball.png"),
                mail.files().stream().map(MailFile::fileName).toList());
    }

    @Test
    void anHtmlOnlyBodyBecomesReadableTextWithItsForwardedSender() {
        ReceivedMail mail = read("pl-inline-forward-by-institute-html.eml");

        assertTrue(mail.text().contains("Prosimy o pomiary charakterystyk 40 czujników"
                + " ciśnienia w zakresie od −40 °C do 125 °C.\nczujniki MEMS\nzasilanie 3,3 V"),
                mail.text());
        assertTrue(!mail.text().contains("color:red"), "styles are not text");
        assertEquals(Optional.of(new MailAddress("Grzegorz Źrebiec",
                "g.zrebiec@mikroelektronika-poznan.pl")), mail.originalSender());
    }

    @Test
    void aForwardAsAttachmentIsOpenedWithItsFilesWinmailUnpackedAndAnRfc2231FileName() {
        ReceivedMail mail = read("pl-forwarded-by-institute-with-attachments.eml");

        ReceivedMail client = mail.attachedMessage().orElseThrow();
        assertEquals(new MailAddress("Anna Wąsowska", "a.wasowska@plastpak.com.pl"),
                client.sender());
        assertSameCharacters("Badania migracji opakowań", client.subject());
        assertTrue(client.text().contains("kontaktu z żywnością"), client.text());
        assertEquals(List.of("winmail.dat", "wyniki.csv", "Specyfikacja próbek.pdf"),
                mail.allFiles().stream().map(MailFile::fileName).toList());
        assertArrayEquals("probka;wynik\r\nA1;12,5\r\n".getBytes(StandardCharsets.US_ASCII),
                mail.allFiles().get(1).content(), "the file inside winmail.dat");
        assertArrayEquals("%PDF-1.7\n% specyfikacja probek\n%%EOF\n"
                .getBytes(StandardCharsets.US_ASCII), mail.allFiles().get(2).content());
    }

    @Test
    void anInlineOriginalMessageBlockNamesItsSender() {
        ReceivedMail mail = read("outlook-forward-chain-encoded-filename.eml");

        assertEquals(Optional.of(new MailAddress("Retour BL", "retourbl@company2.com")),
                mail.originalSender());
        assertTrue(mail.text().contains("Pièce jointe toujours pas conforme"), mail.text());
        assertSameCharacters("50032266 CAR 11_MNPA00A01_9PTX_H00 ATT N° 1467829.pdf",
                mail.files().get(0).fileName());
    }

    @Test
    void aPathInAnAttachmentNameIsCutToItsLastSegment() {
        ReceivedMail mail = read("path-traversal-attachment-name.eml");

        assertEquals("1234.txt", mail.files().get(0).fileName());
        assertSameCharacters("ФГУП \"СибНИА им.С.А.Чаплыгина\"\"", mail.sender().name());
    }

    @Test
    void messagesNestedTwiceInBase64AreOpenedToTheInnermostText() {
        ReceivedMail mail = read("base64-nested-rfc822.eml");

        ReceivedMail first = mail.attachedMessage().orElseThrow();
        assertEquals("a simple rfc822 message encoded in a base64 body.", first.subject());
        assertEquals("Text body", first.attachedMessage().orElseThrow().text());
    }

    @Test
    void brokenStructuresAreReadAsFarAsTheyGo() {
        assertEquals("Foo", read("missing-inner-boundary.eml").text());
        assertEquals("Body text", read("malformed-header-no-separator.eml").text());
        assertTrue(read("very-long-lines.eml").text().lines()
                .anyMatch(line -> line.length() > 7_000));
    }

    @Test
    void anUnknownCharsetFallsBackWithoutLosingText() {
        ReceivedMail mail = read("invalid-charset.eml");

        assertTrue(mail.text().startsWith("The Hare and the Tortoise"), mail.text());
        assertTrue(mail.text().endsWith("Slow but steady wins the race."), mail.text());
        assertSameCharacters("\"Jürgen Schmürgen\" <schmuergen@example.com>",
                mail.header("to").get(0));
    }

    @Test
    void aBodyWithoutHeaderLinesIsNotAMessage() {
        UnreadableMailException refused = assertThrows(UnreadableMailException.class,
                () -> read("not-a-message.eml"));

        assertEquals("NOT_A_MESSAGE", refused.code());
        assertEquals("EMPTY_MESSAGE", assertThrows(UnreadableMailException.class,
                () -> MailReader.read(new byte[0])).code());
    }

    @Test
    void unknownOrWrongCharsetsFallBackToUtf8OrTheBestReading8BitCharset() {
        byte[] utf8 = "Łódź".getBytes(StandardCharsets.UTF_8);
        byte[] latin2 = "Łódź".getBytes(MailText.ISO_8859_2);

        assertEquals("Łódź", MailText.decode(utf8, "x-unknown"));
        assertEquals("Łódź", MailText.decode(utf8, "us-ascii"));
        assertEquals("Łódź", MailText.decode(latin2, null));
        assertEquals("Łódź", MailText.decode("Łódź".getBytes(MailText.WINDOWS_1250), "utf-8"));
    }
}
