package pl.lukasiewicz.challenges.lead.mail;

import java.util.Locale;

/** A mailbox: the display name (may be null) and the address. */
public record MailAddress(String name, String address) {

    /** The part after the @ in lower case, or null when the address has none. */
    public String domain() {
        int at = address == null ? -1 : address.lastIndexOf('@');
        return at < 0 || at == address.length() - 1 ? null
                : address.substring(at + 1).toLowerCase(Locale.ROOT);
    }
}
