/**
 * The performance benchmark (jobs/bench), not part of the product: a source set of its own (src/bench), compiled
 * with the tests, never in the job jar; nothing in src/main uses it. Its peers (DuckDB, naive Spark), the export of
 * our gold tables and the comparison use catalog, cli (CommonOptions), config, domain, gold (GoldParams), sources,
 * spark and util.
 */
package vn.ptdv.review.bench;
