/**
 * Every data test, run after each write: DataChecks (runs the rules, one aggregate query per table), Rule,
 * CheckedTable and Reference (a table with the parents it refers to), SilverChecks, GoldChecks. Uses gold,
 * silver and the foundation; used by ingest and compute.
 */
package vn.ptdv.review.quality;
