package vn.ptdv.review.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import vn.ptdv.review.catalog.SourceFile;
import vn.ptdv.review.util.Progress;

/**
 * One run of a peer: the drop's CSVs as tables, the shared views (common.sql), the checks (checks.sql:
 * any row is an error), then each {@link BenchTable}'s query, written in the canonical form. Timings
 * of each step go to standard error.
 */
final class PeerRun {
    private PeerRun() {}

    static void run(String peer, PeerEngine engine, PeerArgs args) {
        BenchSources.refuseUnsupported(args.source());
        long t0 = System.nanoTime();
        for (SourceFile f : BenchSources.FILES) {
            Path csv = BenchSources.file(args.source(), f);
            engine.source(f, csv, BenchSources.columns(csv, f));
        }
        long t1 = System.nanoTime();
        Progress.say("%s: sources loaded in %.1fs", peer, (t1 - t0) / 1e9);
        for (String s : BenchSql.statements(BenchSql.COMMON, args.asOf(), args.fromYear(), engine.relation())) engine.execute(s);
        long t2 = System.nanoTime();
        Progress.say("%s: shared relations (%s) in %.1fs", peer, engine.relation(), (t2 - t1) / 1e9);
        for (String check : BenchSql.statements(BenchSql.CHECKS, args.asOf(), args.fromYear(), engine.relation())) {
            List<List<Object>> problems = engine.query(check, List.of("problem"));
            if (!problems.isEmpty()) {
                throw new IllegalStateException(peer + ": the drop is beyond what the portable SQL handles: "
                        + problems.get(0).get(0) + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : ""));
            }
        }
        for (BenchTable t : BenchTable.values()) {
            long s = System.nanoTime();
            String sql = String.join("\n", BenchSql.statements(t.sqlResource(), args.asOf(), args.fromYear(), engine.relation()));
            List<List<Object>> rows = engine.query(sql, t.columns());
            BenchOutputs.write(args.out(), t, rows);
            Progress.say("%s: %-32s %,d rows in %.1fs", peer, t.def().qualified(), rows.size(), (System.nanoTime() - s) / 1e9);
        }
        Progress.say("%s: done in %.1fs (%s)", peer, (System.nanoTime() - t0) / 1e9, args.out());
    }

    /** --source DIR --as-of YYYY-MM-DD [--from-year 2020] --out DIR */
    record PeerArgs(Path source, LocalDate asOf, int fromYear, Path out) {
        static final int DEFAULT_FROM_YEAR = 2020;

        /** The arguments of a peer's main; on a mistake, the usage on standard error and exit status 2. */
        static PeerArgs parseOrExit(String usage, String[] args) {
            try {
                return parse(usage, args);
            } catch (IllegalArgumentException e) {
                System.err.println(e.getMessage());
                System.exit(2);
                return null;
            }
        }

        static PeerArgs parse(String usage, String[] args) {
            Path source = null;
            Path out = null;
            LocalDate asOf = null;
            int fromYear = DEFAULT_FROM_YEAR;
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                if (i + 1 >= args.length) throw new IllegalArgumentException("usage: " + usage + " (" + a + " needs a value)");
                String v = args[++i];
                switch (a) {
                    case "--source" -> source = Path.of(v);
                    case "--as-of" -> asOf = LocalDate.parse(v);
                    case "--from-year" -> fromYear = Integer.parseInt(v);
                    case "--out" -> out = Path.of(v);
                    default -> throw new IllegalArgumentException("usage: " + usage + " (unknown option " + a + ")");
                }
            }
            if (source == null || asOf == null || out == null) throw new IllegalArgumentException("usage: " + usage);
            return new PeerArgs(source, asOf, fromYear, out);
        }
    }
}
