/**
 * Every data test, run after each write: DataChecks (the rules), SilverChecks, GoldChecks. Uses gold, silver and
 * the foundation; used by ingest and compute.
 */
package vn.ptdv.review.quality;
