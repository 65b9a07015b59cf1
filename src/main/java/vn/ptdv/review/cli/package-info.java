/**
 * The command line (picocli): ReviewCli and one class per subcommand of jobs/review. On top: wires the layers
 * (sample, ingest, gold, report) and uses catalog, config, domain, sources, spark and util; nothing uses it.
 */
package vn.ptdv.review.cli;
