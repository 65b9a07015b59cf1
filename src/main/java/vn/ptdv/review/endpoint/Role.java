package vn.ptdv.review.endpoint;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import vn.ptdv.review.catalog.Tables;

/**
 * What an account of the SQL endpoint may read, by database. Analysts see aggregates only (gold and its
 * views); the data team also the pseudonymised silver tables and the endpoint's own audit trail, and the
 * raw personal data of bronze and quarantine only where the configuration exposes it.
 */
public enum Role {
    ANALYST("analyst"),
    DATA_TEAM("data-team");

    /** The word used in the accounts file and on the command line. */
    private final String word;

    Role(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }

    /** The databases this role's statements may read. */
    public Set<String> databases(boolean exposePersonalData) {
        Set<String> dbs = new LinkedHashSet<>(Set.of(Tables.GOLD));
        if (this == DATA_TEAM) {
            dbs.add(Tables.SILVER);
            dbs.add(Tables.AUDIT);
            if (exposePersonalData) dbs.addAll(Tables.PERSONAL_DATA_DATABASES);
        }
        return Set.copyOf(dbs);
    }

    public static Role of(String word) {
        String w = word.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(r -> r.word.equals(w)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown role '" + word + "': analyst or data-team"));
    }
}
