package vn.ptdv.review.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where the review pack goes and in which language: shared by {@code report} and {@code run}. */
final class ReportOptions {
    @Option(names = "--out", paramLabel = "DIR", description = "Where the review pack goes (default: review.report.dir, ./reports).")
    Path out;

    @Option(names = "--lang", paramLabel = "vi|en", defaultValue = "vi",
            description = "Language of headings and summary (default: ${DEFAULT-VALUE}); wording from conf/report/<lang>.conf.")
    String lang;

    @Option(names = "--format", paramLabel = "FORMAT", split = ",",
            description = "Which files of the pack to write: all (default) or any of xlsx, charts, md, html, docx, comma-separated;"
                    + " docx is the Word report in the Party's document format (its heading, signer and recipients from"
                    + " document.* in conf/report/<lang>.conf). md, html and docx also write the chart PNGs they show.")
    java.util.List<String> formats;
}
