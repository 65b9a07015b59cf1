package vn.ptdv.review.endpoint;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigRenderOptions;
import com.typesafe.config.ConfigUtil;
import com.typesafe.config.ConfigValueFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * The SQL endpoint's accounts file (HOCON, outside git, readable by its owner only): each account's role,
 * unit scope, lock and bcrypt password hash. {@code jobs/review accounts} changes it; the server reads it
 * at every login, so an added, locked or removed account takes effect at once.
 *
 * <pre>
 * accounts {
 *   hai-chau-analyst { role = analyst, unit = "DB_HC", locked = false, password = "$2a$12$..." }
 * }
 * </pre>
 */
public final class Accounts {
    static final String ACCOUNTS = "accounts";
    static final String ROLE = "role";
    static final String UNIT = "unit";
    static final String LOCKED = "locked";
    static final String PASSWORD = "password";
    /** bcrypt's cost: 2^12 rounds, a quarter of a second a login here; raise it as machines get faster. */
    static final int BCRYPT_STRENGTH = 12;
    /** Passwords shorter than this are refused when set. */
    public static final int MIN_PASSWORD_LENGTH = 12;
    private static final BCryptPasswordEncoder BCRYPT = new BCryptPasswordEncoder(BCRYPT_STRENGTH);
    /** Checked against when the name is unknown, so that a wrong name takes as long as a wrong password. */
    private static final String DUMMY_HASH = BCRYPT.encode("not a password of any account");

    private final Path file;
    private final SortedMap<String, Account> accounts;

    private Accounts(Path file, SortedMap<String, Account> accounts) {
        this.file = file;
        this.accounts = accounts;
    }

    /** The accounts in {@code file}; none when the file does not exist. */
    public static Accounts load(Path file) {
        SortedMap<String, Account> accounts = new TreeMap<>();
        if (!Files.exists(file)) return new Accounts(file, accounts);
        try {
            Config c = ConfigFactory.parseFile(file.toFile()).resolve();
            if (c.hasPath(ACCOUNTS)) {
                Config all = c.getConfig(ACCOUNTS);
                for (String name : all.root().keySet()) {
                    Config a = all.getConfig(ConfigUtil.joinPath(name));
                    accounts.put(name, new Account(name, Role.of(a.getString(ROLE)),
                            a.hasPath(UNIT) ? Optional.of(a.getString(UNIT)) : Optional.empty(),
                            a.hasPath(PASSWORD) ? Optional.of(a.getString(PASSWORD)) : Optional.empty(),
                            a.hasPath(LOCKED) && a.getBoolean(LOCKED)));
                }
            }
        } catch (ConfigException | IllegalArgumentException e) {
            throw new IllegalArgumentException("the accounts file " + file + " cannot be read: " + e.getMessage(), e);
        }
        return new Accounts(file, accounts);
    }

    public Path file() {
        return file;
    }

    public boolean isEmpty() {
        return accounts.isEmpty();
    }

    public Optional<Account> get(String name) {
        return Optional.ofNullable(accounts.get(name));
    }

    public Map<String, Account> all() {
        return java.util.Collections.unmodifiableSortedMap(accounts);
    }

    /**
     * The account whose name and password these are, unless it is locked. A wrong name costs the same bcrypt
     * check as a wrong password.
     */
    public Optional<Account> authenticate(String name, String password) {
        Account a = name == null ? null : accounts.get(name);
        String hash = a == null ? null : a.passwordHash().orElse(null);
        if (password == null || hash == null) {
            BCRYPT.matches(password == null ? "" : password, DUMMY_HASH);
            return Optional.empty();
        }
        if (!BCRYPT.matches(password, hash) || a.locked()) return Optional.empty();
        return Optional.of(a);
    }

    public static String hash(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new IllegalArgumentException("a password needs at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        return BCRYPT.encode(password);
    }

    /** Adds an account; an existing name is refused (use {@link #withPassword} to reset its password). */
    public Accounts with(Account account) {
        if (accounts.containsKey(account.name())) {
            throw new IllegalArgumentException("the account " + account.name() + " exists already in " + file);
        }
        SortedMap<String, Account> more = new TreeMap<>(accounts);
        more.put(account.name(), account);
        return new Accounts(file, more);
    }

    public Accounts without(String name) {
        require(name);
        SortedMap<String, Account> fewer = new TreeMap<>(accounts);
        fewer.remove(name);
        return new Accounts(file, fewer);
    }

    public Accounts withPassword(String name, String password) {
        return replaced(require(name).withPasswordHash(hash(password)));
    }

    public Accounts withLocked(String name, boolean locked) {
        return replaced(require(name).withLocked(locked));
    }

    private Accounts replaced(Account account) {
        SortedMap<String, Account> changed = new TreeMap<>(accounts);
        changed.put(account.name(), account);
        return new Accounts(file, changed);
    }

    private Account require(String name) {
        Account a = accounts.get(name);
        if (a == null) throw new IllegalArgumentException("no account " + name + " in " + file);
        return a;
    }

    /**
     * Writes the file: readable and writable by its owner only, replaced in one rename so that a server reading
     * it at a login never sees half a file.
     */
    public void save() {
        Map<String, Object> all = new LinkedHashMap<>();
        for (Account a : accounts.values()) {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put(ROLE, a.role().word());
            a.unit().ifPresent(u -> fields.put(UNIT, u));
            fields.put(LOCKED, a.locked());
            a.passwordHash().ifPresent(h -> fields.put(PASSWORD, h));
            all.put(a.name(), fields);
        }
        String text = "# SQL endpoint accounts of party-review: managed by `jobs/review accounts`; keep out of git.\n"
                + ConfigValueFactory.fromMap(Map.of(ACCOUNTS, all)).render(ConfigRenderOptions.concise().setFormatted(true).setJson(false))
                + "\n";
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, ".accounts-", ".tmp");
            trySetOwnerOnly(tmp);
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the accounts file " + file + ": " + e.getMessage(), e);
        }
    }

    static void trySetOwnerOnly(Path p) throws IOException {
        try {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the file inherits its folder's access list.
        }
    }
}
