package pl.lukasiewicz.challenges.lead;

import java.util.Optional;

/**
 * The Polish tax identification number (NIP): ten digits, the last a check digit. The first
 * nine are weighted 6, 5, 7, 2, 3, 4, 5, 6, 7; the sum modulo 11 is the check digit, and a
 * sum giving 10 is never issued, nor is the all-zero number that passes the check.
 */
public final class Nip {

    private static final int[] WEIGHTS = {6, 5, 7, 2, 3, 4, 5, 6, 7};

    private Nip() {
    }

    /** The ten digits of a NIP written with or without "PL", spaces or dashes. */
    public static Optional<String> digitsOf(String written) {
        String digits = written.replaceFirst("^(?i)PL", "").replaceAll("[\\s-]", "");
        return digits.matches("\\d{10}") ? Optional.of(digits) : Optional.empty();
    }

    public static boolean hasValidCheckDigit(String tenDigits) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += WEIGHTS[i] * (tenDigits.charAt(i) - '0');
        }
        int check = sum % 11;
        boolean allZeros = tenDigits.chars().allMatch(c -> c == '0');
        return !allZeros && check != 10 && check == tenDigits.charAt(9) - '0';
    }
}
