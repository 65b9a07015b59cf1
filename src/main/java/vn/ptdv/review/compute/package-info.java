/**
 * The compute job: reads silver, runs gold's model and the data tests, writes the gold tables and views
 * (ComputeJob). Above gold and quality as ingest is above silver; uses silver, gold, quality and the
 * foundation; used by cli.
 */
package vn.ptdv.review.compute;
