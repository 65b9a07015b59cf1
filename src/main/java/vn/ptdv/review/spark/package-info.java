/**
 * The Spark session every command builds (Sessions), the job groups of the Spark UI (JobLabels) and the fork-free
 * local file system (LocalFileSystemWithoutForks). Below the layers; uses config. Used by ingest, gold and cli.
 */
package vn.ptdv.review.spark;
