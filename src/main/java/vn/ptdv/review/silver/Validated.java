package vn.ptdv.review.silver;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The outcome of validating one source file.
 *
 * @param accepted    rows for the silver table, one per key, in its schema
 * @param quarantined rows for quarantine.rejected_rows
 * @param checked     every row with its status (the ingest stages these once and derives the other two from them)
 */
public record Validated(Dataset<Row> accepted, Dataset<Row> quarantined, Dataset<Row> checked) {}
