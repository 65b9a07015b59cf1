package vn.ptdv.review.endpoint;

/**
 * A statement the SQL endpoint does not run, with the reason its sender reads. Thrown before anything of
 * the statement ran; the audit trail records it as REFUSED.
 */
public final class StatementRefused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StatementRefused(String reason) {
        super("refused by the SQL endpoint: " + reason);
    }
}
