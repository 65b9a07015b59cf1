package vn.ptdv.review.gold;

import static org.apache.spark.sql.functions.*;
import static vn.ptdv.review.catalog.Col.*;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The unit tree as a closure: one row per unit and each unit at or above it, so that any fact of a
 * cell rolls up to every level with one join and one aggregation. Built level by level (a handful of
 * small joins, as deep as the tree); a cycle or a tree deeper than {@link #MAX_DEPTH} is an error.
 */
public final class UnitTree {
    private UnitTree() {}

    public static final int MAX_DEPTH = 12;
    /** Levels between the unit and the ancestor: 0 for the unit itself. */
    public static final String DISTANCE = "distance";

    /** Rows (unit_code, ancestor_code, distance) for every unit of {@code units}, itself included. */
    public static Dataset<Row> ancestors(Dataset<Row> units) {
        Dataset<Row> parents = units.select(col(UNIT_CODE).as("_child"), col(PARENT_CODE).as("_parent"))
                .where(col("_parent").isNotNull());
        Dataset<Row> closure = units.select(col(UNIT_CODE), col(UNIT_CODE).as(ANCESTOR_CODE), lit(0).as(DISTANCE));
        Dataset<Row> frontier = closure;
        for (int d = 1; d <= MAX_DEPTH + 1; d++) {
            Dataset<Row> next = frontier.join(parents, frontier.col(ANCESTOR_CODE).equalTo(col("_child")))
                    .select(col(UNIT_CODE), col("_parent").as(ANCESTOR_CODE), lit(d).as(DISTANCE))
                    .localCheckpoint();
            if (next.isEmpty()) {
                return closure;
            }
            if (d > MAX_DEPTH) {
                throw new IllegalStateException("the unit tree has a cycle or is deeper than " + MAX_DEPTH
                        + " levels; e.g. unit " + next.first().getString(0) + " (check parent_code in units.csv)");
            }
            closure = closure.union(next);
            frontier = next;
        }
        return closure;
    }

    /** Depth of every unit: 0 for the root. */
    public static Dataset<Row> depths(Dataset<Row> ancestors) {
        return ancestors.groupBy(UNIT_CODE).agg(max(DISTANCE).as(DISTANCE));
    }
}
