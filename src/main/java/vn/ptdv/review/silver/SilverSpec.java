package vn.ptdv.review.silver;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import vn.ptdv.review.catalog.SourceFile;
import vn.ptdv.review.catalog.TableDef;

/** How one source file becomes one silver table: typed columns and the rules a row must pass. */
public interface SilverSpec {
    SourceFile source();

    TableDef table();

    /**
     * Adds the typed columns, named as in {@link #table()}, to rows whose source columns are available
     * as {@code raw_<name>} text. May join reference data from the context (units, members).
     */
    Dataset<Row> typed(Dataset<Row> raw, SilverContext context);

    /** The rules, in the order their reasons are reported. */
    List<Rule> rules(SilverContext context);
}
