package vn.ptdv.review.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class InspectCommandTest {
    @TempDir
    Path dir;

    record Result(int exit, String out) {}

    Result inspect() {
        CommandLine cli = ReviewCli.commandLine();
        StringWriter out = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        int exit = cli.execute("inspect", "--source", dir.toString());
        return new Result(exit, out.toString());
    }

    @Test
    void everyFileIsReportedWithItsProblemAndNothingIsWritten() throws Exception {
        // units.csv in TCVN3: its header (ASCII) with an extra column "Ghi ch", then DN,Đà Nẵng,,CITY,, where
        // "Đà Nẵng" is A7 B5 20 4E BD 6E 67 (iconv -t TCVN5712-1).
        byte[] header = "unit_code,unit_name,parent_code,unit_level,peer_group,Ghi ch\n".getBytes(StandardCharsets.US_ASCII);
        Files.write(dir.resolve("units.csv"), concat(header, java.util.HexFormat.of().parseHex("444e2ca7b5204ebd6e672c2c434954592c2c0a")));
        // members.csv: the Vietnamese headers of sources/mapping.conf, one member.
        Files.writeString(dir.resolve("members.csv"), "Mã đảng viên,Giới tính,Mã chi bộ,Ngày vào Đảng\nA1,Nữ,DN,02/03/2024\n",
                StandardCharsets.UTF_8);
        // events.csv lacks event_type; targets.csv is missing.
        Files.writeString(dir.resolve("events.csv"), "event_id,member_id,event_date,unit_code\n", StandardCharsets.UTF_8);
        Result r = inspect();
        assertThat(r.exit()).isEqualTo(ReviewCli.EXIT_FAILURE);
        assertThat(r.out()).contains("units.csv                1 rows, TCVN3 (found: not UTF-8); extra columns kept: ghi_ch")
                .contains("members.csv              1 rows, UTF-8; read as: 'Mã đảng viên' as member_id, 'Giới tính' as gender,"
                        + " 'Mã chi bộ' as unit_code, 'Ngày vào Đảng' as admitted_on")
                .contains("events.csv               PROBLEM: ").contains("header lacks required column(s) event_type")
                .contains("targets.csv              PROBLEM: ").contains("targets.csv: required file is missing")
                .contains("unit_lineage.csv         absent (optional)")
                .contains("2 file(s) with a problem");
        // Nothing written beside the drop.
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("units.csv", "members.csv", "events.csv");
        }
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
