package vn.ptdv.review.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ptdv.review.bench.OutputComparison.Difference;

class OutputComparisonTest {
    static final String FILE = BenchTable.PEER_COMPARISON.fileName();
    static final String HEADER = String.join(",", BenchTable.PEER_COMPARISON.columns());
    // Two peer units of 2024 YTD; key = (unit_code, year, period).
    static final String HAICHAU = "HAICHAU,Quận ủy Hải Châu,URBAN_DISTRICT,2024,YTD,120,2.25,1,1,3,1.98,0.27,1,true";
    static final String HOAVANG = "HOAVANG,Huyện ủy Hòa Vang,RURAL_DISTRICT,2024,YTD,80,1.5,2,1,2,1.98,-0.48,3,false";

    @TempDir
    Path dir;

    Path output(String name, String... rows) throws Exception {
        Path d = Files.createDirectories(dir.resolve(name));
        Files.write(d.resolve(FILE), concat(HEADER, rows));
        return d;
    }

    static List<String> concat(String header, String... rows) {
        java.util.ArrayList<String> l = new java.util.ArrayList<>(List.of(header));
        l.addAll(List.of(rows));
        return l;
    }

    @Test
    void equalOutputsHaveNoDifferences() throws Exception {
        assertThat(OutputComparison.compare(output("a", HAICHAU, HOAVANG), output("b", HAICHAU, HOAVANG), 10)).isEmpty();
    }

    @Test
    void aChangedNumberIsNamedByTableKeyAndColumn() throws Exception {
        Path b = output("b", HAICHAU.replace(",2.25,", ",2.26,"), HOAVANG);
        List<Difference> d = OutputComparison.compare(output("a", HAICHAU, HOAVANG), b, 10);
        assertThat(d).containsExactly(new Difference("gold.peer_comparison", "HAICHAU,2024,YTD", "admission_rate_pct", "2.25", "2.26"));
    }

    @Test
    void aMissingRowAndAnExtraRowAreReported() throws Exception {
        List<Difference> missing = OutputComparison.compare(output("a", HAICHAU, HOAVANG), output("b", HAICHAU), 10);
        assertThat(missing).containsExactly(new Difference("gold.peer_comparison", "HOAVANG,2024,YTD", null, "row", "missing"));
        List<Difference> extra = OutputComparison.compare(output("c", HOAVANG), output("d", HAICHAU, HOAVANG), 10);
        assertThat(extra).containsExactly(new Difference("gold.peer_comparison", "HAICHAU,2024,YTD", null, "missing", "row"));
    }

    @Test
    void aNullAgainstAValueIsADifference() throws Exception {
        // target_met empty (null) on one side, false on the other.
        Path b = output("b", HAICHAU, HOAVANG.substring(0, HOAVANG.length() - ",false".length()) + ",");
        assertThat(OutputComparison.compare(output("a", HAICHAU, HOAVANG), b, 10))
                .containsExactly(new Difference("gold.peer_comparison", "HOAVANG,2024,YTD", "target_met", "false", "(null)"));
    }

    @Test
    void aTableOnOneSideOnlyIsADifference() throws Exception {
        Path a = output("a", HAICHAU);
        Path b = Files.createDirectories(dir.resolve("b"));
        assertThat(OutputComparison.compare(a, b, 10))
                .containsExactly(new Difference("gold.peer_comparison", null, null, "present", "missing"));
    }

    @Test
    void onlyTheFirstDifferencesOfATableAreListed() throws Exception {
        // Both rows differ in two columns each: 4 differences, the first 3 shown, then "1 more".
        Path b = output("b", HAICHAU.replace(",120,2.25,", ",121,2.26,"), HOAVANG.replace(",80,1.5,", ",81,1.6,"));
        List<Difference> d = OutputComparison.compare(output("a", HAICHAU, HOAVANG), b, 3);
        assertThat(d).hasSize(4);
        assertThat(d.get(3).left()).isEqualTo("... and 1 more differences");
    }
}
