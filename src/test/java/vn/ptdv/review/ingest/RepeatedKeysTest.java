package vn.ptdv.review.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ptdv.review.catalog.Col.*;

import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ptdv.review.silver.TargetsSpec;
import vn.ptdv.review.silver.Validation;
import vn.ptdv.review.testing.SparkTest;
import vn.ptdv.review.testing.ValidationHarness;

/**
 * The status of each row of a file, as the ingest gives it ({@link IngestJob#withStatus}): its repeated keys
 * held by the driver when few, joined by a shuffle when more than the limit; the same statuses either way.
 */
class RepeatedKeysTest extends SparkTest {
    @TempDir
    Path dir;

    static final String TARGETS = "unit_code,year,admissions_target\n"
            + "HV,2024,155\n"   // 2: accepted
            + "HV,2024,155\n"   // 3: identical repeat of 2: a duplicate
            + "HC,2024,230\n"   // 4: same key as 5, other content: conflict
            + "HC,2024,231\n"   // 5: conflict
            + "NOPE,2024,10\n"  // 6: unknown unit
            + "HV,2023,155\n"   // 7: accepted
            + "HC,2023,-5\n"    // 8: a negative target: its own error; the same key as 9, but a row with errors is compared with none
            + "HC,2023,120\n"   // 9: accepted (rows with errors are not compared with valid ones)
            + "HV,2022,10\n"    // 10: three rows, two identical and one not: all three a conflict
            + "HV,2022,10\n"    // 11
            + "HV,2022,11\n";   // 12

    /** "line status" and, when quarantined, its first reason (with the message of a conflict), by line. */
    static List<String> statuses(Dataset<Row> checked) {
        return checked.orderBy(SOURCE_LINE).collectAsList().stream().map(r -> {
            List<Row> errors = r.getList(r.fieldIndex("_errors"));
            String reason = errors.isEmpty() ? "" : " " + errors.get(0).getAs(REASON_CODE);
            String message = reason.equals(" DUPLICATE_KEY_CONFLICT") ? ": " + errors.get(0).getAs(MESSAGE) : "";
            return r.getAs(SOURCE_LINE) + " " + r.getAs(Validation.STATUS) + reason + message;
        }).toList();
    }

    // By hand, from the file's comments; a conflict's message lists every line of its key.
    static final List<String> EXPECTED = List.of(
            "2 ACCEPTED",
            "3 DUPLICATE",
            "4 QUARANTINED DUPLICATE_KEY_CONFLICT: key unit_code, year appears on lines 4, 5 with different content",
            "5 QUARANTINED DUPLICATE_KEY_CONFLICT: key unit_code, year appears on lines 4, 5 with different content",
            "6 QUARANTINED UNKNOWN_UNIT",
            "7 ACCEPTED",
            "8 QUARANTINED INVALID_NUMBER",
            "9 ACCEPTED",
            "10 QUARANTINED DUPLICATE_KEY_CONFLICT: key unit_code, year appears on lines 10, 11, 12 with different content",
            "11 QUARANTINED DUPLICATE_KEY_CONFLICT: key unit_code, year appears on lines 10, 11, 12 with different content",
            "12 QUARANTINED DUPLICATE_KEY_CONFLICT: key unit_code, year appears on lines 10, 11, 12 with different content");

    Dataset<Row> rowChecks() {
        return new ValidationHarness(dir).units("HV", "HC").rowChecks(new TargetsSpec(), TARGETS);
    }

    @Test
    void fewRepeatedKeysHeldByTheDriverAreJoinedOnceAndStaged() {
        assertThat(statuses(IngestJob.withStatus(new TargetsSpec(), rowChecks(), dir.resolve("checked").toString(), 10)))
                .isEqualTo(EXPECTED);
        assertThat(dir.resolve("checked")).isDirectory();
    }

    @Test
    void repeatedKeysBeyondTheLimitAreJoinedOnceAndStagedWithTheSameStatuses() {
        assertThat(statuses(IngestJob.withStatus(new TargetsSpec(), rowChecks(), dir.resolve("checked").toString(), 1)))
                .isEqualTo(EXPECTED);
        assertThat(dir.resolve("checked")).isDirectory();
    }

    @Test
    void aFileWithoutRepeatedKeysIsCheckedWithoutAnyJoin() {
        Dataset<Row> rows = new ValidationHarness(dir).units("HV", "HC").rowChecks(new TargetsSpec(),
                "unit_code,year,admissions_target\nHV,2024,155\nHC,2024,230\n");
        Dataset<Row> checked = IngestJob.withStatus(new TargetsSpec(), rows, dir.resolve("checked").toString(), 10);
        // No repeated key: the plan has none of their columns, so nothing joins them, and nothing is staged again.
        assertThat(checked.queryExecution().optimizedPlan().toString()).doesNotContain("_repeated_");
        assertThat(dir.resolve("checked")).doesNotExist();
        assertThat(statuses(checked)).containsExactly("2 ACCEPTED", "3 ACCEPTED");
    }
}
