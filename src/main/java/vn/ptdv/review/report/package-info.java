/**
 * The review pack: the workbook, the charts and the summary, read from the gold tables only (ReportJob and its
 * builders, ReportTexts). The last layer (gold → <b>report</b>): it reads gold through catalog, not the gold package.
 * Uses catalog, config, domain and util; used by cli.
 */
package vn.ptdv.review.report;
