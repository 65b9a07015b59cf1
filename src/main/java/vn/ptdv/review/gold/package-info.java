/**
 * Gold: one class per output table, their building blocks, the unit structure (Lineage, StructureView) and the
 * pure model (GoldModel). Layer silver → <b>gold</b> → report. Uses silver and the foundation; used by quality,
 * report, compute and cli.
 */
package vn.ptdv.review.gold;
