/**
 * The checks of a source drop before anything is written (SourceDrop, CheckedSourceFile) and strict CSV lines
 * (CsvLine); the contract itself (SourceFile, SourceColumn) is catalog's. The first layer (sources → bronze →
 * silver → gold → report). Uses catalog, config, domain and util.
 */
package vn.ptdv.review.sources;
