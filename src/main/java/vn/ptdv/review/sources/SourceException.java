package vn.ptdv.review.sources;

/**
 * A source drop that cannot be ingested at all (missing file or column, wrong encoding). Raised before
 * any table is written, with a message that names the file and what is wrong.
 */
public class SourceException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SourceException(String message) {
        super(message);
    }

    public SourceException(String message, Throwable cause) {
        super(message, cause);
    }
}
