package vn.ptdv.review.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchOutputsTest {
    @Test
    void aDoubleAndTheEqualDecimalFormatTheSame() {
        // 2.25 as the product's decimal(7,2) and as a peer's double 225 / 100 = 2.25, or 2.2500000000000004
        // after a subtraction: all "2.25".
        assertThat(BenchOutputs.format(new BigDecimal("2.25"))).isEqualTo("2.25");
        assertThat(BenchOutputs.format(225 / 100.0)).isEqualTo("2.25");
        assertThat(BenchOutputs.format(2.2500000000000004)).isEqualTo("2.25");
    }

    @Test
    void integralValuesPrintAsIntegersWhateverTheirType() {
        // 3.0 (DuckDB's ceil of a double), 100.0 (decimal(9,1)), 61380 (bigint): no decimal point.
        assertThat(BenchOutputs.format(3.0)).isEqualTo("3");
        assertThat(BenchOutputs.format(new BigDecimal("100.0"))).isEqualTo("100");
        assertThat(BenchOutputs.format(61380L)).isEqualTo("61380");
        assertThat(BenchOutputs.format(-0.0)).isEqualTo("0");
    }

    @Test
    void otherNumbersKeepNineSignificantDigitsWithoutExponent() {
        // 1234567.891234: 9 significant digits -> 1234567.89; 0.000012345678912 -> 0.0000123456789.
        assertThat(BenchOutputs.format(1234567.891234)).isEqualTo("1234567.89");
        assertThat(BenchOutputs.format(0.000012345678912)).isEqualTo("0.0000123456789");
        assertThat(BenchOutputs.format(new BigDecimal("-1.50"))).isEqualTo("-1.5");
    }

    @Test
    void nullIsEmptyAndArraysJoinWithSemicolons() {
        assertThat(BenchOutputs.format(null)).isEmpty();
        assertThat(BenchOutputs.format(true)).isEqualTo("true");
        assertThat(BenchOutputs.format(List.of(2020, 2021))).isEqualTo("2020;2021");
        assertThat(BenchOutputs.format(new Object[] {2020, 2021})).isEqualTo("2020;2021");
        assertThat(BenchOutputs.format(List.of())).isEmpty();
        assertThat(BenchOutputs.format(java.sql.Date.valueOf("2024-08-31"))).isEqualTo("2024-08-31");
    }

    @Test
    void rowsAreSortedByKeyAndCellsWithCommasQuoted(@TempDir Path dir) throws Exception {
        // city_summary's key is (year, period): 2023 FULL_YEAR, 2023 YTD, 2024 YTD in that order.
        List<List<Object>> rows = List.of(row(2024, "YTD", "Quận ủy Hải Châu, Đà Nẵng"), row(2023, "YTD", null),
                row(2023, "FULL_YEAR", null));
        Path file = BenchOutputs.write(dir, BenchTable.CITY_SUMMARY, rows);
        List<String> lines = Files.readAllLines(file);
        assertThat(lines.get(0)).startsWith("unit_code,year,period,");
        assertThat(lines.subList(1, 4)).extracting(l -> String.join(",", java.util.Arrays.asList(l.split(",")).subList(0, 3)))
                .containsExactly("DN,2023,FULL_YEAR", "DN,2023,YTD", "DN,2024,YTD");
        assertThat(lines.get(3)).endsWith(",\"Quận ủy Hải Châu, Đà Nẵng\"");
        assertThat(BenchOutputs.read(file).get(3)).last().isEqualTo("Quận ủy Hải Châu, Đà Nẵng");
    }

    /** A city_summary row: unit DN, the year and period, names last, the rest null. */
    static List<Object> row(int year, String period, String names) {
        List<Object> r = new ArrayList<>(Arrays.asList(new Object[BenchTable.CITY_SUMMARY.columns().size()]));
        r.set(0, "DN");
        r.set(1, year);
        r.set(2, period);
        r.set(r.size() - 1, names == null ? null : List.of(names));
        return r;
    }
}
