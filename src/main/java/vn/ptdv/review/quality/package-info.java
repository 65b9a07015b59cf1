/**
 * Data tests run after each write (DataChecks, SilverChecks; gold's own are gold.GoldChecks). Used by ingest and
 * gold. Uses catalog and domain, and gold (SilverInputs) while gold uses this package: a cycle gold ↔ quality kept
 * as it is today.
 */
package vn.ptdv.review.quality;
