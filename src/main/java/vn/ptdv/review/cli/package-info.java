/**
 * The command line (picocli): ReviewCli and one class per subcommand of jobs/review. On top: wires the jobs
 * (sample, ingest, compute, report, endpoint) and may use every package; nothing uses it.
 */
package vn.ptdv.review.cli;
