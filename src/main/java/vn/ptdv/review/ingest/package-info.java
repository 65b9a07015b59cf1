/**
 * The ingest job: a checked source drop through bronze into silver and quarantine, with the accounting of every
 * line (IngestJob, FileAccounting). Beside silver in the flow; used by cli. Uses sources, bronze, silver, quality,
 * catalog, config, domain, spark and util, and gold (SilverInputs, to run the silver data tests): an upward import
 * kept as it is today.
 */
package vn.ptdv.review.ingest;
