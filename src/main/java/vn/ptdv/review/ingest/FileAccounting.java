package vn.ptdv.review.ingest;

import vn.ptdv.review.catalog.SourceFile;
import vn.ptdv.review.util.Progress;

/**
 * Where every row of one source file went. {@code read = accepted + quarantined} always holds;
 * {@code duplicates} of the accepted rows were identical repeats collapsed into one silver row.
 *
 * @param changed silver rows inserted or updated by this run (0 on a re-ingest of the same drop)
 * @param reasons quarantined rows by their first reason code
 * @param name    the file as received (members.xlsx#Đảng viên for a workbook's sheet), as the lines name it
 */
public record FileAccounting(SourceFile file, boolean alreadyIngested, long read, long accepted, long duplicates,
                             long quarantined, long changed, java.util.SortedMap<String, Long> reasons, String name) {
    public FileAccounting {
        if (read != accepted + quarantined) {
            throw new IllegalStateException(file.fileName() + ": rows do not add up: read " + read + " != accepted "
                    + accepted + " + quarantined " + quarantined);
        }
        reasons = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(reasons));
        if (reasons.values().stream().mapToLong(Long::longValue).sum() != quarantined) {
            throw new IllegalStateException(file.fileName() + ": quarantine reasons " + reasons + " do not add up to " + quarantined);
        }
    }

    public String line() {
        return String.format("%-22s read %s = accepted %s + quarantined %s (identical duplicates collapsed: %s; silver rows changed: %s)%s",
                name, Progress.count(read), Progress.count(accepted), Progress.count(quarantined),
                Progress.count(duplicates), Progress.count(changed), alreadyIngested ? " [file already in bronze]" : "");
    }
}
