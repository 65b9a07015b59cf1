package vn.ptdv.review.gold;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** The gold tables of one as-of date, computed and not yet written. */
public record GoldTables(Dataset<Row> trend, Dataset<Row> attainment, Dataset<Row> peers, Dataset<Row> city) {}
