/**
 * Silver: one spec per input that types, validates, deduplicates and pseudonymises (the *Spec classes, Validation,
 * Parse, Pseudonyms), and the silver tables read as a whole (SilverInputs). Layer bronze → <b>silver</b> → gold.
 * Uses bronze, sources and the foundation (catalog, config, domain, util, spark); used by gold, quality, ingest
 * and compute.
 */
package vn.ptdv.review.silver;
