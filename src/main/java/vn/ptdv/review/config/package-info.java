/**
 * The job's configuration: one immutable record (ReviewConfig) and its keys (ConfigKeys). Below the layers; uses
 * no other package of the project. Used by catalog, spark, ingest, gold, report and cli.
 */
package vn.ptdv.review.config;
