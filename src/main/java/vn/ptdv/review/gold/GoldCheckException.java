package vn.ptdv.review.gold;

/** A data test on the gold tables failed; nothing was written. The message names the check. */
public class GoldCheckException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public GoldCheckException(String message) {
        super(message);
    }
}
