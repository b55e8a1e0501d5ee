package pl.lukasiewicz.challenges.audit;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What a walk along an audit chain found: how many rows it checked and, when the chain is
 * broken, the first row that does not match and why.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChainVerification(String chain, long rowsChecked, long headPosition,
        boolean intact, Mismatch firstMismatch) {

    /**
     * The first row that does not match. {@code rowId} is null when what is missing is at the
     * end of the chain, {@code chainPosition} when the row has no place in it; {@code code}
     * is stable, {@code reason} is for people.
     */
    public record Mismatch(Long rowId, Long chainPosition, String code, String reason) {
    }

    static ChainVerification intact(String chain, long rows, long head) {
        return new ChainVerification(chain, rows, head, true, null);
    }

    static ChainVerification broken(String chain, long rows, long head, Mismatch mismatch) {
        return new ChainVerification(chain, rows, head, false, mismatch);
    }
}
