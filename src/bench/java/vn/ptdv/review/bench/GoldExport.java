package vn.ptdv.review.bench;

import static org.apache.spark.sql.functions.col;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.StructType;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.ptdv.review.catalog.Col;
import vn.ptdv.review.catalog.Warehouse;
import vn.ptdv.review.catalog.WarehouseLock;
import vn.ptdv.review.cli.CommonOptions;
import vn.ptdv.review.config.ReviewConfig;
import vn.ptdv.review.domain.PeriodKind;
import vn.ptdv.review.domain.Structure;
import vn.ptdv.review.gold.GoldParams;
import vn.ptdv.review.spark.Sessions;
import vn.ptdv.review.util.Progress;

/**
 * Our pipeline's side of the comparison: the gold tables of one as-of and structure, read from the
 * warehouse, written in the canonical form ({@link BenchOutputs}). A main class of the benchmark, not
 * of the job: {@link Launch#goldExport} runs it through SparkSubmit beside the job jar, with the session,
 * configuration and warehouse lock every {@code jobs/review} subcommand has
 * ({@code GoldExport --as-of YYYY-MM-DD --out DIR [--structure reference] [--warehouse DIR] [--conf k=v]}).
 */
@Command(name = "bench-export", mixinStandardHelpOptions = true,
        description = "Write the benchmark's gold tables of one as-of and structure as canonical CSVs (for OutputComparison).")
public final class GoldExport implements Callable<Integer> {
    @Option(names = "--as-of", required = true, paramLabel = "YYYY-MM-DD", description = "The as-of date.")
    LocalDate asOf;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Directory for gold.<table>.csv.")
    Path out;

    @Option(names = "--structure", paramLabel = "reference|historical", defaultValue = "reference",
            description = "The unit structure of the rows exported (default: ${DEFAULT-VALUE}).")
    Structure structure;

    @Mixin
    CommonOptions common;

    public static void main(String[] args) {
        CommandLine cli = new CommandLine(new GoldExport());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        System.exit(cli.execute(args));
    }

    @Override
    public Integer call() {
        ReviewConfig config = common.config();
        try (WarehouseLock lock = WarehouseLock.acquire(config, "bench-export")) {
            Progress.say("starting Spark (warehouse %s)", config.warehouse());
            SparkSession spark = Sessions.create(config, "party-review bench-export");
            try {
                export(new Warehouse(spark), new GoldParams(asOf, config.fromYear(), config.dormantYears(), structure), out);
                return 0;
            } finally {
                spark.stop();
            }
        }
    }

    public static void export(Warehouse warehouse, GoldParams params, Path out) {
        for (BenchTable t : BenchTable.values()) {
            if (!warehouse.exists(t.def())) {
                throw new IllegalStateException(t.def().qualified() + " does not exist: run `jobs/review compute` first");
            }
            List<Column> cols = new ArrayList<>();
            for (String c : t.columns()) cols.add(col(c));
            Dataset<Row> rows = warehouse.read(t.def()).where(params.goldCondition());
            // The peers compute the calendar periods; the congress term's rows (TERM_TO_DATE) are ours alone.
            if (Arrays.asList(rows.columns()).contains(Col.PERIOD)) {
                rows = rows.where(col(Col.PERIOD).isin(PeriodKind.CALENDAR.stream().map(PeriodKind::name).toArray()));
            }
            rows = rows.select(cols.toArray(Column[]::new));
            StructType schema = rows.schema();
            List<List<Object>> values = new ArrayList<>();
            for (Row r : rows.collectAsList()) {
                List<Object> row = new ArrayList<>();
                for (int i = 0; i < schema.size(); i++) {
                    row.add(r.isNullAt(i) ? null : schema.fields()[i].dataType() instanceof ArrayType ? r.getList(i) : r.get(i));
                }
                values.add(row);
            }
            if (values.isEmpty()) {
                throw new IllegalStateException(t.def().qualified() + " has no rows for " + params.goldCondition()
                        + ": run `jobs/review compute --as-of " + params.asOf() + "` first");
            }
            BenchOutputs.write(out, t, values);
            Progress.say("%-24s %,d rows -> %s", t.def().qualified(), values.size(), out.resolve(t.fileName()));
        }
    }
}
