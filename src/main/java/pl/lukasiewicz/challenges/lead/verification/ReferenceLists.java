package pl.lukasiewicz.challenges.lead.verification;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The lists kept beside the verification rules in {@code rules/}, which analysts edit:
 * <ul>
 *   <li>{@value #FREE_MAIL} and {@value #DISPOSABLE_MAIL}: one e-mail domain a line;</li>
 *   <li>{@value #NETWORK_INSTITUTES}: {@code domain;name} a line; the first line of a domain
 *       gives the institute's main name, further lines other ways of writing it.</li>
 * </ul>
 * Blank lines and lines starting with {@code #} are skipped. A broken line stops the reading
 * with {@link InvalidReferenceListException} naming the file and line.
 *
 * @param networkNames every name line of the institutes list, normalised
 */
public record ReferenceLists(
        Set<String> freeMailDomains,
        Set<String> disposableMailDomains,
        List<NetworkInstitute> networkInstitutes,
        List<NetworkInstituteName> networkNames) {

    public static final String FREE_MAIL = "rules/free-mail-domains.txt";
    public static final String DISPOSABLE_MAIL = "rules/disposable-mail-domains.txt";
    public static final String NETWORK_INSTITUTES = "rules/network-institutes.txt";

    static final Pattern DOMAIN =
            Pattern.compile("[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+");

    public ReferenceLists {
        freeMailDomains = Set.copyOf(freeMailDomains);
        disposableMailDomains = Set.copyOf(disposableMailDomains);
        networkInstitutes = List.copyOf(networkInstitutes);
        networkNames = List.copyOf(networkNames);
    }

    /** The lists packaged with the service. */
    public static ReferenceLists packaged() {
        return read(classpathText(FREE_MAIL), classpathText(DISPOSABLE_MAIL),
                classpathText(NETWORK_INSTITUTES));
    }

    /** Reads the three lists from their texts, named as the packaged files for messages. */
    public static ReferenceLists read(String freeMail, String disposableMail,
            String networkInstitutes) {
        Map<String, String> institutes = new LinkedHashMap<>();
        List<NetworkInstituteName> names = new ArrayList<>();
        forEachLine(NETWORK_INSTITUTES, networkInstitutes, (line, number) -> {
            String[] fields = line.split(";", -1);
            if (fields.length != 2) {
                throw new InvalidReferenceListException(NETWORK_INSTITUTES, number,
                        "expected 'domain;name' separated by one semicolon but found '"
                                + line + "'");
            }
            String domain = domain(NETWORK_INSTITUTES, number, fields[0]);
            String name = fields[1].strip();
            String normalised = OrganisationNames.normalised(name);
            if (normalised == null) {
                throw new InvalidReferenceListException(NETWORK_INSTITUTES, number,
                        "the name is empty");
            }
            institutes.putIfAbsent(domain, name);
            names.add(new NetworkInstituteName(normalised, institutes.get(domain)));
        });
        List<NetworkInstitute> byDomain = institutes.entrySet().stream()
                .map(entry -> new NetworkInstitute(entry.getValue(), entry.getKey())).toList();
        return new ReferenceLists(domains(FREE_MAIL, freeMail),
                domains(DISPOSABLE_MAIL, disposableMail), byDomain, names);
    }

    private static Set<String> domains(String source, String text) {
        Set<String> domains = new LinkedHashSet<>();
        forEachLine(source, text, (line, number) -> domains.add(domain(source, number, line)));
        return domains;
    }

    private static String domain(String source, int number, String written) {
        String domain = written.strip().toLowerCase(Locale.ROOT);
        if (!DOMAIN.matcher(domain).matches()) {
            throw new InvalidReferenceListException(source, number, "'" + written.strip()
                    + "' is not a domain such as example.pl (letters, digits, dashes and dots,"
                    + " no @ and no spaces)");
        }
        return domain;
    }

    private interface LineReader {
        void read(String line, int number);
    }

    private static void forEachLine(String source, String text, LineReader reader) {
        String[] lines = text.split("\\R", -1);
        for (int index = 0; index < lines.length; index++) {
            String line = lines[index].replace("\uFEFF", "").strip();
            if (!line.isEmpty() && !line.startsWith("#")) {
                reader.read(line, index + 1);
            }
        }
    }

    static String classpathText(String resource) {
        try (InputStream in = ReferenceLists.class.getClassLoader()
                .getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the class path; the build"
                        + " copies it from the rules folder");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}
