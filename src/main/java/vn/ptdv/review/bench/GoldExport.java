package vn.ptdv.review.bench;

import static org.apache.spark.sql.functions.col;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.StructType;
import vn.ptdv.review.catalog.Warehouse;
import vn.ptdv.review.gold.GoldParams;
import vn.ptdv.review.util.Progress;

/**
 * Our pipeline's side of the comparison: the gold tables of one as-of and structure, read from the
 * warehouse, written in the canonical form ({@link BenchOutputs}). Run as the hidden subcommand
 * {@code jobs/review bench-export --as-of YYYY-MM-DD --out DIR [--structure reference]}.
 */
public final class GoldExport {
    private GoldExport() {}

    public static void export(Warehouse warehouse, GoldParams params, Path out) {
        for (BenchTable t : BenchTable.values()) {
            if (!warehouse.exists(t.def())) {
                throw new IllegalStateException(t.def().qualified() + " does not exist: run `jobs/review compute` first");
            }
            List<Column> cols = new ArrayList<>();
            for (String c : t.columns()) cols.add(col(c));
            Dataset<Row> rows = warehouse.read(t.def()).where(params.goldCondition()).select(cols.toArray(Column[]::new));
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
