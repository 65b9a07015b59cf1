/**
 * Silver: one spec per input that types, validates, deduplicates and pseudonymises (the *Spec classes, Validation,
 * Parse, Pseudonyms), and the reasons a row is quarantined (ReasonCode). Layer bronze → <b>silver</b> → gold. Uses
 * bronze, sources, catalog and domain; used by ingest, and by catalog (ReasonCode, for the data dictionary), which
 * imports upwards: a cycle catalog ↔ silver kept as it is today.
 */
package vn.ptdv.review.silver;
