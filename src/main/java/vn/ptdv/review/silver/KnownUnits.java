package vn.ptdv.review.silver;

import static org.apache.spark.sql.functions.*;
import static vn.ptdv.review.catalog.Col.UNIT_CODE;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import vn.ptdv.review.catalog.ReasonCode;

/**
 * Checks a column that names a unit against the known units. A purely numeric code that matches no
 * unit but matches one once its leading zeros are restored ("101" for "0101") is reported as
 * {@link ReasonCode#EXCEL_MANGLED_CODE}, naming the unit it probably meant; any other unknown code is
 * {@link ReasonCode#UNKNOWN_UNIT}.
 */
final class KnownUnits {
    private KnownUnits() {}

    static String knownFlag(String column) {
        return "_" + column + "_known";
    }

    static String restored(String column) {
        return "_" + column + "_restored";
    }

    /** Adds the flag and restored-code columns for {@code column} (whose typed value is already set). */
    static Dataset<Row> mark(Dataset<Row> rows, String column, Dataset<Row> known) {
        Dataset<Row> exact = known.select(col(UNIT_CODE).as(knownFlag(column))).distinct();
        Dataset<Row> zeroPadded = known.where(col(UNIT_CODE).rlike("^0+[0-9]+$"))
                .select(regexp_replace(col(UNIT_CODE), "^0+", "").as("_stripped_" + column), col(UNIT_CODE).as(restored(column)))
                .dropDuplicates("_stripped_" + column);
        return rows.join(exact, col(column).equalTo(col(knownFlag(column))), "left")
                .join(zeroPadded, col(column).equalTo(col("_stripped_" + column)), "left")
                .drop("_stripped_" + column);
    }

    /** The two rules for {@code column}: leading zeros lost, else unknown. */
    static List<Rule> rules(String column) {
        Column unknown = col(column).isNotNull().and(col(knownFlag(column)).isNull());
        return List.of(
                new Rule(ReasonCode.EXCEL_MANGLED_CODE, column, unknown.and(col(restored(column)).isNotNull()),
                        concat(lit(column + " '"), col(column), lit("' is not a known unit but '"), col(restored(column)),
                                lit("' is: leading zeros were probably lost in a spreadsheet (format the column as text)"))),
                new Rule(ReasonCode.UNKNOWN_UNIT, column, unknown.and(col(restored(column)).isNull()),
                        concat(lit(column + " '"), col(column), lit("' is not a known unit"))));
    }
}
