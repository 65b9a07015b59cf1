/**
 * The input contract and its checks: the files of a source drop and their columns (SourceFile, SourceColumn),
 * the checks made before anything is written (SourceDrop, CheckedSourceFile), strict CSV lines (CsvLine). The
 * first layer (sources → bronze → silver → gold → report). Uses catalog (Col), and catalog uses it (the bronze
 * tables, the data dictionary): a cycle catalog ↔ sources kept as it is today.
 */
package vn.ptdv.review.sources;
