package vn.ptdv.review.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ptdv.review.testing.SparkTest;

/** The same portable SQL through Spark SQL agrees with DuckDB on DuckDbPeerTest's hand-written drop. */
class NaiveSparkPeerTest extends SparkTest {
    @TempDir
    Path dir;

    @Test
    void sparkAndDuckDbGiveTheSameTablesOnTheHandWrittenDrop() throws Exception {
        Path drop = DuckDbPeerTest.writeDrop(dir.resolve("drop"));
        DuckDbPeer.run(drop, LocalDate.of(2024, 8, 31), 2023, dir.resolve("duckdb"));
        NaiveSparkPeer.run(spark, drop, LocalDate.of(2024, 8, 31), 2023, dir.resolve("spark"));
        assertThat(OutputComparison.compare(dir.resolve("duckdb"), dir.resolve("spark"), 20)).isEmpty();
        // And Spark's own figures, worked out in DuckDbPeerTest: G1 2023 YTD, 1 admission of 3 members.
        assertThat(DuckDbPeerTest.byKey(dir.resolve("spark"), BenchTable.ADMISSIONS_TREND).get("G1/2023/YTD"))
                .contains("admissions=1", "members_at_start=3", "admission_rate_pct=33.33");
    }
}
