package pl.lukasiewicz.challenges.lead;

import java.util.Optional;

/**
 * The Polish statistical number of a business (REGON): nine digits for a legal or natural
 * person, fourteen for one of its local units. The last digit checks the others: each digit
 * before it is weighted, the sum is taken modulo 11, and a remainder of 10 gives the check
 * digit 0.
 * <ul>
 *   <li>nine digits: weights 8, 9, 2, 3, 4, 5, 6, 7;</li>
 *   <li>fourteen digits: weights 2, 4, 8, 5, 0, 9, 7, 3, 6, 1, 2, 4, 8. A local unit's
 *       number starts with the nine-digit REGON of the business it belongs to, so those nine
 *       digits must also hold as a REGON of their own.</li>
 * </ul>
 */
public final class Regon {

    private static final int[] WEIGHTS_9 = {8, 9, 2, 3, 4, 5, 6, 7};
    private static final int[] WEIGHTS_14 = {2, 4, 8, 5, 0, 9, 7, 3, 6, 1, 2, 4, 8};

    private Regon() {
    }

    /** The nine or fourteen digits of a REGON written with or without spaces or dashes. */
    public static Optional<String> digitsOf(String written) {
        String digits = written.replaceAll("[\\s-]", "");
        return digits.matches("\\d{9}|\\d{14}") ? Optional.of(digits) : Optional.empty();
    }

    /** Whether every check digit of a nine- or fourteen-digit REGON holds. */
    public static boolean hasValidCheckDigits(String digits) {
        if (digits.length() == 9) {
            return checkDigitHolds(digits, WEIGHTS_9);
        }
        if (digits.length() == 14) {
            return checkDigitHolds(digits.substring(0, 9), WEIGHTS_9)
                    && checkDigitHolds(digits, WEIGHTS_14);
        }
        return false;
    }

    /** The check digit the weighted digits give: their sum modulo 11, with 10 read as 0. */
    static int checkDigit(String digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i] * (digits.charAt(i) - '0');
        }
        return sum % 11 % 10;
    }

    private static boolean checkDigitHolds(String digits, int[] weights) {
        return checkDigit(digits, weights) == digits.charAt(weights.length) - '0';
    }
}
