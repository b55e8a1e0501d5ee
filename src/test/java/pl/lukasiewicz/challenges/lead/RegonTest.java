package pl.lukasiewicz.challenges.lead;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The valid numbers below were worked out by hand from the weights, not taken from a
 * registry:
 * <ul>
 *   <li>123456785: 8·1 + 9·2 + 2·3 + 3·4 + 4·5 + 5·6 + 6·7 + 7·8 = 192 = 17·11 + 5;</li>
 *   <li>323456780: the same with 3 first, 192 + 8·2 = 208 = 18·11 + 10, and 10 gives 0;</li>
 *   <li>730654239: 56 + 27 + 0 + 18 + 20 + 20 + 12 + 21 = 174 = 15·11 + 9;</li>
 *   <li>12345678500010: starts with 123456785; 2·1 + 4·2 + 8·3 + 5·4 + 0·5 + 9·6 + 7·7 + 3·8
 *       + 6·5 + 1·0 + 2·0 + 4·0 + 8·1 = 219 = 19·11 + 10, and 10 gives 0;</li>
 *   <li>73065423900122: starts with 730654239; 14 + 12 + 0 + 30 + 0 + 36 + 14 + 9 + 54 + 0
 *       + 0 + 4 + 16 = 189 = 17·11 + 2.</li>
 * </ul>
 */
class RegonTest {

    @ParameterizedTest
    @ValueSource(strings = {"123456785", "323456780", "730654239", "12345678500010",
            "73065423900122"})
    void aRegonWhoseCheckDigitsHoldIsValid(String regon) {
        assertTrue(Regon.hasValidCheckDigits(regon));
    }

    @ParameterizedTest
    @ValueSource(strings = {"123456784", "323456781", "12345678500011", "73065423900123"})
    void aRegonWithAWrongLastDigitIsInvalid(String regon) {
        assertFalse(Regon.hasValidCheckDigits(regon));
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345678400014"})
    void aFourteenDigitRegonMustStartWithAValidNineDigitOne(String regon) {
        // 123456784 is not a REGON, though its own check digit (sum 213 = 19·11 + 4) holds.
        assertFalse(Regon.hasValidCheckDigits(regon));
    }

    @ParameterizedTest
    @ValueSource(strings = {"123 456 785", "123-456-785", " 123456785 "})
    void spacesAndDashesAreNotPartOfTheNumber(String written) {
        assertEquals(Optional.of("123456785"), Regon.digitsOf(written));
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345678", "1234567850", "1234567850001", "12345678A", ""})
    void onlyNineOrFourteenDigitsMakeARegon(String written) {
        assertEquals(Optional.empty(), Regon.digitsOf(written));
    }
}
