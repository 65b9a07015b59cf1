package vn.ptdv.review.quality;

import static org.apache.spark.sql.functions.*;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import vn.ptdv.review.catalog.TableDef;

/**
 * Every non-null {@code column} of a child table is a {@code parentColumn} of {@code parentRows}.
 *
 * @param broadcastParent whether the parent's keys are sent to every task (small reference data such as
 *                        the units); a large parent (the members: 6 million at national scale) is joined
 *                        by a shuffle instead
 */
public record Reference(String column, TableDef parent, Dataset<Row> parentRows, String parentColumn, boolean broadcastParent) {

    String name(TableDef child) {
        return child.qualified() + "." + column + " refers to an existing " + parent.qualified() + "." + parentColumn;
    }

    /** The column {@link #joinedTo} adds: the parent's key, null where {@code column} has no parent. */
    String parentKey() {
        return "_parent_of_" + column;
    }

    /** {@code child} with {@link #parentKey}: one row per row of {@code child}, since the parent's keys are made distinct. */
    Dataset<Row> joinedTo(Dataset<Row> child) {
        Dataset<Row> keys = parentRows.select(col(parentColumn).as(parentKey())).distinct();
        return child.join(broadcastParent ? broadcast(keys) : keys, col(column).equalTo(col(parentKey())), "left");
    }

    /** Counted over {@code counted}, {@code child} joined to this reference's parent (and maybe others). */
    Rule rule(TableDef child, Dataset<Row> childRows, Dataset<Row> counted) {
        Column orphan = col(column).isNotNull().and(col(parentKey()).isNull());
        return Rule.of(name(child), counted, count_if(orphan), () -> orphans(childRows));
    }

    /** The distinct values of {@code column} without a parent: the examples of the failure. */
    Dataset<Row> orphans(Dataset<Row> childRows) {
        return childRows.select(col(column)).where(col(column).isNotNull())
                .join(parentRows.select(col(parentColumn).as("_parent")), col(column).equalTo(col("_parent")), "left_anti")
                .distinct();
    }
}
