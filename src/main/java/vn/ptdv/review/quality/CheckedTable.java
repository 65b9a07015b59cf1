package vn.ptdv.review.quality;

import java.util.List;
import java.util.function.LongFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import vn.ptdv.review.catalog.TableDef;

/**
 * A table whose rules, references included, are counted by one aggregate query: it reads the table
 * left-joined to the distinct keys of each parent its columns refer to, one row per row of the table.
 * The failure messages show the table's own rows, as a query on the table alone would.
 */
final class CheckedTable {
    private final TableDef def;
    private final Dataset<Row> rows;
    private final List<Reference> references;
    private final Dataset<Row> withParents;

    CheckedTable(TableDef def, Dataset<Row> rows, Reference... references) {
        this.def = def;
        this.rows = rows;
        this.references = List.of(references);
        Dataset<Row> joined = rows;
        for (Reference r : references) joined = r.joinedTo(joined);
        this.withParents = joined;
    }

    List<Rule> keyRules() {
        return DataChecks.keyRules(def, rows, withParents);
    }

    /** The rule of the reference from {@code column}. */
    Rule reference(String column) {
        Reference found = references.stream().filter(r -> r.column().equals(column)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(def.qualified() + "." + column + " has no reference"));
        return found.rule(def, rows, withParents);
    }

    /** The rules of every reference, in the order given. */
    List<Rule> references() {
        return references.stream().map(r -> r.rule(def, rows, withParents)).toList();
    }

    /** A rule counted in this table's pass: {@code violations} may use the table's columns. */
    Rule rule(String name, Column violations, LongFunction<DataCheckException> failure) {
        return new Rule(name, withParents, violations, failure);
    }
}
