/**
 * The ingest job: a checked source drop through bronze into silver and quarantine, with the accounting of every
 * line (IngestJob, FileAccounting), and the silver data tests. Uses sources, bronze, silver, quality and the
 * foundation; used by cli.
 */
package vn.ptdv.review.ingest;
