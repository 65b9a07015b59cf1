package vn.ptdv.review.gold;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** The silver tables gold is computed from. */
public record SilverInputs(Dataset<Row> units, Dataset<Row> members, Dataset<Row> events, Dataset<Row> targets,
                           Dataset<Row> membershipCounts, Dataset<Row> candidates) {}
