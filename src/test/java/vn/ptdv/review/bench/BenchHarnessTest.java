package vn.ptdv.review.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The benchmark's arithmetic: medians, ranges, ratios and the targets, on hand-made measurements. */
class BenchHarnessTest {
    @Test
    void medianOfAnOddCountIsTheMiddleValueAndTheRangeItsEnds() {
        // Sorted: 10, 12, 31 -> median 12, min 10, max 31.
        Stats s = Stats.of(List.of(31.0, 10.0, 12.0));
        assertThat(s.median()).isEqualTo(12.0);
        assertThat(s.min()).isEqualTo(10.0);
        assertThat(s.max()).isEqualTo(31.0);
    }

    @Test
    void medianOfAnEvenCountIsTheMeanOfTheTwoMiddleValues() {
        // Sorted: 1, 2, 4, 9 -> (2 + 4) / 2 = 3.
        assertThat(Stats.of(List.of(4.0, 1.0, 9.0, 2.0)).median()).isEqualTo(3.0);
    }

    @Test
    void procStatusFieldsAreReadInKibibytes() {
        String status = "Name:\tjava\nVmPeak:\t 9000000 kB\nVmHWM:\t  812344 kB\nVmRSS:\t  700100 kB\nThreads:\t42\n";
        assertThat(MeasuredProcess.field(status, "VmHWM")).isEqualTo(812_344L);
        assertThat(MeasuredProcess.field(status, "VmRSS")).isEqualTo(700_100L);
        assertThat(MeasuredProcess.field(status, "VmSwap")).isZero();
    }

    @Test
    void oursIsIngestPlusComputeAndRatiosAreOfMedians() {
        // Three runs: ingest 40/50/45, compute 20/10/15 -> ours 60/60/60, median 60.
        // DuckDB 5/6/4 -> median 5: ours/DuckDB = 12.0. Naive 90/120/100 -> median 100: naive/ours = 1.67.
        BenchJob.ScaleResult r = result("province", 100_000, new double[][] {{40, 20, 5, 90}, {50, 10, 6, 120}, {45, 15, 4, 100}});
        assertThat(Stats.of(BenchReport.seconds(r, BenchReport.OURS_TOTAL)).median()).isEqualTo(60.0);
        assertThat(BenchReport.ratio(r, BenchReport.OURS_TOTAL, BenchJob.Step.DUCKDB.label)).isEqualTo(12.0);
        assertThat(BenchReport.ratio(r, BenchJob.Step.NAIVE_SPARK.label, BenchReport.OURS_TOTAL)).isCloseTo(1.667, within(0.001));
    }

    @Test
    void targetsSayMetOrNotMetWithTheFigures() {
        // Province ours 60 s: not under 60 s. National ours 300 s, DuckDB 100 s: 3.0, met (at most 3).
        // x10: ours 3,600 s for 10x the rows of national: time x12.0 > rows x10.0: not met.
        BenchJob.ScaleResult province = result("province", 100_000, new double[][] {{40, 20, 5, 90}});
        BenchJob.ScaleResult national = result("national", 8_000_000, new double[][] {{200, 100, 100, 900}});
        BenchJob.ScaleResult x10 = result("x10", 80_000_000, new double[][] {{2400, 1200, 900, 9000}});
        List<String> lines = BenchReport.targets(List.of(province, national, x10));
        assertThat(lines.get(0)).contains("60.0 s").contains("**not met**");
        assertThat(lines.get(1)).contains("3.0").endsWith("met.").doesNotContain("not met");
        assertThat(lines.get(2)).contains("time x12.0 for rows x10.0").contains("**not met**");
    }

    @Test
    void runsArePerScaleInOrderWithTheLastCountRepeated() {
        // --runs 3,1 over province, national, x10: province 3, national 1, x10 the last given, 1.
        List<Integer> runs = List.of(3, 1);
        assertThat(BenchJob.runsOf(runs, 0)).isEqualTo(3);
        assertThat(BenchJob.runsOf(runs, 1)).isEqualTo(1);
        assertThat(BenchJob.runsOf(runs, 2)).isEqualTo(1);
        // A single count applies to every scale.
        assertThat(BenchJob.runsOf(List.of(2), 1)).isEqualTo(2);
    }

    /** One scale's runs; each row: ingest, compute, DuckDB, naive Spark seconds. */
    static BenchJob.ScaleResult result(String scale, long rows, double[][] runs) {
        List<List<MeasuredProcess.Measurement>> all = new ArrayList<>();
        BenchJob.Step[] steps = BenchJob.Step.values();
        for (double[] run : runs) {
            List<MeasuredProcess.Measurement> ms = new ArrayList<>();
            for (int i = 0; i < steps.length; i++) {
                ms.add(new MeasuredProcess.Measurement(steps[i].label, run[i], 1024L * (i + 1), 0, Path.of("x.log")));
            }
            all.add(ms);
        }
        return new BenchJob.ScaleResult(scale, new BenchJob.DropSize(rows, rows * 100), null, all);
    }
}
