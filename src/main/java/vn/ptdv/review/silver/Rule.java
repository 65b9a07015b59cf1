package vn.ptdv.review.silver;

import org.apache.spark.sql.Column;
import vn.ptdv.review.catalog.ReasonCode;

/**
 * One validation rule: rows where {@code violated} is true are quarantined with {@code reason}, naming
 * {@code column} and its raw value. A null {@code violated} counts as not violated.
 */
public record Rule(ReasonCode reason, String column, Column violated, Column message) {}
