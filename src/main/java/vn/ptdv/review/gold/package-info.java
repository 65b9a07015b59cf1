/**
 * Gold: one class per output table, their building blocks, the unit structure (Lineage, StructureView), the
 * pure model (GoldModel) and the compute job that writes it (ComputeJob). Layer silver → <b>gold</b> → report;
 * reads silver through the catalog. Uses catalog, config, domain, spark, util and quality (DataChecks), which
 * uses gold in turn; used by cli, ingest and quality (SilverInputs).
 */
package vn.ptdv.review.gold;
