package vn.ptdv.review.silver;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ptdv.review.catalog.Col.*;

import java.nio.file.Path;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ptdv.review.testing.SparkTest;
import vn.ptdv.review.testing.ValidationHarness;

/** candidates.csv through the real bronze reader and validation (line numbers count the header as 1). */
class CandidatesSpecTest extends SparkTest {
    @TempDir
    Path dir;

    static final String HEADER = "candidate_id,unit_code,identified_on,course_completed_on,applied_on,admitted_member_id,source_group\n";

    @Test
    void candidateAndMemberIdsArePseudonymisedLikeMemberIds() {
        Validated v = new ValidationHarness(dir).units("C1").members("A1", "2024-03-02")
                .validate(new CandidatesSpec(), HEADER + "K1,C1,2023-01-10,2023-06-01,2024-01-05,A1,student\n");
        Row k1 = v.accepted().first();
        assertThat(k1.<String>getAs(CANDIDATE_KEY)).isEqualTo(ValidationHarness.key("K1"));
        assertThat(k1.<String>getAs(ADMITTED_MEMBER_KEY)).isEqualTo(ValidationHarness.key("A1"));
        assertThat(k1.<String>getAs(SOURCE_GROUP)).isEqualTo("STUDENT");
        assertThat(v.accepted().columns()).doesNotContain(CANDIDATE_ID, ADMITTED_MEMBER_ID);
    }

    @Test
    void pipelineDatesOutOfOrderOrAnUnknownMemberAreQuarantined() {
        Validated v = new ValidationHarness(dir).units("C1").members("A1", "2024-03-02")
                .validate(new CandidatesSpec(), HEADER
                        + "K1,C1,2023-01-10,,,,\n"                      // 2: identified only: fine
                        + "K2,C1,2023-05-01,2023-04-01,,,\n"            // 3: course before identification
                        + "K3,C1,2023-01-10,2023-06-01,2023-05-01,,\n"  // 4: application before the course
                        + "K4,C1,2023-01-10,,,ZZ,\n"                    // 5: admitted member not in the roster
                        + "K5,C9,2023-01-10,,,,\n"                      // 6: unknown unit
                        + ",C1,2023-01-10,,,,\n");                      // 7: no id
        assertThat(v.accepted().select(SOURCE_LINE).as(org.apache.spark.sql.Encoders.LONG()).collectAsList()).containsExactly(2L);
        assertThat(one(v.quarantined(), SOURCE_LINE + " = 3").<String>getAs(COLUMN_NAME)).isEqualTo(COURSE_COMPLETED_ON);
        assertThat(one(v.quarantined(), SOURCE_LINE + " = 3").<String>getAs(REASON_CODE)).isEqualTo("DATES_OUT_OF_ORDER");
        assertThat(one(v.quarantined(), SOURCE_LINE + " = 4").<String>getAs(COLUMN_NAME)).isEqualTo(APPLIED_ON);
        assertThat(one(v.quarantined(), SOURCE_LINE + " = 5").<String>getAs(REASON_CODE)).isEqualTo("UNKNOWN_MEMBER");
        assertThat(one(v.quarantined(), SOURCE_LINE + " = 6").<String>getAs(REASON_CODE)).isEqualTo("UNKNOWN_UNIT");
        assertThat(one(v.quarantined(), SOURCE_LINE + " = 7").<String>getAs(REASON_CODE)).isEqualTo("MISSING_VALUE");
    }
}
