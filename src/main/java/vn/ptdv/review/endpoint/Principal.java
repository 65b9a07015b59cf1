package vn.ptdv.review.endpoint;

import java.util.Optional;

/**
 * Who a statement is run for, as the endpoint decided it: an account of the accounts file, or on an
 * endpoint without accounts (loopback only) the anonymous analyst.
 *
 * @param account the account name, {@link #ANONYMOUS_NAME} without accounts
 * @param role    what it may read
 * @param unit    the unit its rows are limited to; empty for the whole city
 */
public record Principal(String account, Role role, Optional<String> unit) {
    public static final String ANONYMOUS_NAME = "anonymous";
    /** Every connection of an endpoint without accounts: it listens on the loopback address only. */
    public static final Principal ANONYMOUS = new Principal(ANONYMOUS_NAME, Role.ANALYST, Optional.empty());

    public static Principal of(Account a) {
        return new Principal(a.name(), a.role(), a.unit());
    }
}
