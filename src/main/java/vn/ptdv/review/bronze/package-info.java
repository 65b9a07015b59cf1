/**
 * Bronze: each source file as received, every column as text, with its line number, file and batch (BronzeReader).
 * Layer sources → <b>bronze</b> → silver. Uses sources and catalog; used by silver and ingest.
 */
package vn.ptdv.review.bronze;
