package vn.ptdv.review.quality;

/** A data test failed. The message names the check and shows a few offending rows. */
public class DataCheckException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DataCheckException(String message) {
        super(message);
    }
}
