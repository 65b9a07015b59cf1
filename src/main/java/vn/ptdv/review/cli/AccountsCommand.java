package vn.ptdv.review.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.ptdv.review.endpoint.Account;
import vn.ptdv.review.endpoint.Accounts;
import vn.ptdv.review.endpoint.Role;

/**
 * {@code jobs/review accounts}: the SQL endpoint's accounts (review.sql-endpoint.accounts-file). A running
 * endpoint reads the file at every login and statement, so a change takes effect at once.
 */
@Command(name = "accounts", mixinStandardHelpOptions = true,
        description = "Manage the SQL endpoint's accounts: who may connect to serve-sql, with which role and unit scope.",
        subcommands = {AccountsCommand.Add.class, AccountsCommand.Reset.class, AccountsCommand.Lock.class,
                AccountsCommand.Unlock.class, AccountsCommand.Remove.class, AccountsCommand.ListAccounts.class})
final class AccountsCommand implements Runnable {
    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.err);
    }

    /** Options of every accounts subcommand: where the file is. */
    static final class FileOptions {
        @Mixin
        CommonOptions common;

        Path file() {
            return vn.ptdv.review.endpoint.EndpointServer.accountsFile(common.config().sqlEndpoint());
        }
    }

    /** How a new password is given: typed twice at a prompt, one line on standard input, or made up here. */
    static final class PasswordOptions {
        @Option(names = "--password-stdin", description = "Read the password from the first line of standard input.")
        boolean fromStdin;

        @Option(names = "--generate-password", description = "Make up a random password and print it once.")
        boolean generate;

        static final String ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        static final int GENERATED_LENGTH = 20;

        String password() throws java.io.IOException {
            if (generate) {
                SecureRandom random = new SecureRandom();
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < GENERATED_LENGTH; i++) sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                System.out.println(sb);
                return sb.toString();
            }
            if (fromStdin) {
                String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
                if (line == null) throw new IllegalArgumentException("--password-stdin: standard input is empty");
                return line;
            }
            Console console = System.console();
            if (console == null) {
                throw new IllegalArgumentException("no terminal to ask for the password: give --password-stdin or --generate-password");
            }
            char[] first = console.readPassword("password (at least %d characters): ", Accounts.MIN_PASSWORD_LENGTH);
            char[] again = console.readPassword("the same again: ");
            if (first == null || again == null || !Arrays.equals(first, again)) {
                throw new IllegalArgumentException("the two passwords differ: nothing changed");
            }
            return new String(first);
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Add an account.")
    static final class Add implements Callable<Integer> {
        @Mixin
        FileOptions file;
        @Mixin
        PasswordOptions password;

        @Parameters(index = "0", paramLabel = "NAME", description = "Login name: lower-case letters, digits, '.', '_', '-'.")
        String name;

        @Option(names = "--role", required = true, paramLabel = "ROLE",
                description = "analyst (gold tables and views) or data-team (also silver and the audit trail).")
        String role;

        @Option(names = "--unit", paramLabel = "UNIT_CODE",
                description = "Limit the account to this unit and the units beneath it (every gold table's rows).")
        String unit;

        @Override
        public Integer call() throws Exception {
            Accounts accounts = Accounts.load(file.file());
            Account account = new Account(name, Role.of(role), Optional.ofNullable(unit), Optional.empty(), false);
            accounts.with(account.withPasswordHash(Accounts.hash(password.password()))).save();
            System.err.println("added " + account + " to " + file.file());
            return 0;
        }
    }

    @Command(name = "reset", mixinStandardHelpOptions = true, description = "Give an account a new password.")
    static final class Reset implements Callable<Integer> {
        @Mixin
        FileOptions file;
        @Mixin
        PasswordOptions password;
        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Override
        public Integer call() throws Exception {
            Accounts.load(file.file()).withPassword(name, password.password()).save();
            System.err.println("new password for " + name + " in " + file.file());
            return 0;
        }
    }

    /** A change of one named account: read the file, change it, write it back. */
    abstract static class OneAccount implements Callable<Integer> {
        @Mixin
        FileOptions file;
        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        abstract Accounts change(Accounts accounts);

        /** What was done, for the message: "locked", "removed". */
        abstract String done();

        @Override
        public Integer call() {
            change(Accounts.load(file.file())).save();
            System.err.println(done() + " " + name + " in " + file.file());
            return 0;
        }
    }

    @Command(name = "lock", mixinStandardHelpOptions = true, description = "Lock an account: it can no longer log in or run statements.")
    static final class Lock extends OneAccount {
        @Override
        Accounts change(Accounts accounts) {
            return accounts.withLocked(name, true);
        }

        @Override
        String done() {
            return "locked";
        }
    }

    @Command(name = "unlock", mixinStandardHelpOptions = true, description = "Unlock an account.")
    static final class Unlock extends OneAccount {
        @Override
        Accounts change(Accounts accounts) {
            return accounts.withLocked(name, false);
        }

        @Override
        String done() {
            return "unlocked";
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove an account.")
    static final class Remove extends OneAccount {
        @Override
        Accounts change(Accounts accounts) {
            return accounts.without(name);
        }

        @Override
        String done() {
            return "removed";
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the accounts (never their passwords).")
    static final class ListAccounts implements Callable<Integer> {
        @Mixin
        FileOptions file;

        @Override
        public Integer call() {
            Accounts accounts = Accounts.load(file.file());
            if (accounts.isEmpty()) System.err.println("no accounts in " + file.file() + ": serve-sql serves loopback only, as an analyst");
            for (Account a : accounts.all().values()) {
                System.out.println(a.name() + "\t" + a.role().word() + "\t" + a.unit().orElse("(whole city)") + (a.locked() ? "\tlocked" : ""));
            }
            return 0;
        }
    }
}
