package vn.ptdv.review.endpoint;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One account of the SQL endpoint.
 *
 * @param name         the login name
 * @param role         what it may read
 * @param unit         a unit code: the account sees only that unit and the units beneath it (and the city's own
 *                     rows where configured); empty for the whole city
 * @param passwordHash bcrypt hash of its password; empty for an account whose password the LDAP directory checks
 * @param locked       a locked account cannot log in
 */
public record Account(String name, Role role, Optional<String> unit, Optional<String> passwordHash, boolean locked) {
    /** Login names: short, lower-case, no spaces or quotes (they go into HOCON keys and audit rows). */
    static final Pattern NAME = Pattern.compile("[a-z][a-z0-9._-]{0,63}");

    public Account {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("account name '" + name + "': 1-64 characters, a lower-case letter first,"
                    + " then letters, digits, '.', '_' or '-'");
        }
        unit = unit.filter(u -> !u.isBlank());
    }

    public Account withPasswordHash(String hash) {
        return new Account(name, role, unit, Optional.of(hash), locked);
    }

    public Account withLocked(boolean isLocked) {
        return new Account(name, role, unit, passwordHash, isLocked);
    }

    /** The hash is never printed. */
    @Override
    public String toString() {
        return "Account[" + name + ", " + role.word() + unit.map(u -> ", unit " + u).orElse("") + (locked ? ", locked" : "") + "]";
    }
}
