package vn.ptdv.review.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The province drop (seed 2024) is the calibrated sample every figure of the seed, the e2e test and the
 * row counts of src/site/markdown/testing.md rest on: adding the national and x10 scales must not move one
 * byte of it. The SHA-256 of each file below were taken with {@code sha256sum} from the drop the generator
 * wrote before those scales existed (commit 2c11d94, {@code jobs/review sample --out /tmp/p0}); an intended
 * change to the province sample changes them, and must say so.
 */
class ProvinceDropUnchangedTest {
    static final Map<String, String> SHA256_BEFORE_THE_SCALES = Map.of(
            "SAMPLE.txt", "ea9271062149f49e3053f085f199e3f826893182de4635f93993923b39d210a3",
            "candidates.csv", "fee6b1f5e94c0413fe3e79a3c800d1ac33012aaf2cc151b510135b3a7f9131b8",
            "events.csv", "ca5e618474136fd9b4cb39e9c85f2105271994132b785486aa8632fd31640eb5",
            "members.csv", "f3643e95daee9331ed5a9dfad937aa5883137b4bcab788b419d6d9d439ca0368",
            "targets.csv", "5679856b1e8f95c7be634c8f0df5674da29c8fe999956a62aee7dae8f1a6f897",
            "units.csv", "914639cd8905a03ea4401dafb76297306a82a3d4d12f0b01655bf927ffeff276");

    @TempDir
    Path dir;

    @Test
    void theProvinceDropIsByteForByteTheOneBeforeTheOtherScales() throws IOException, NoSuchAlgorithmException {
        new SampleGenerator(2024).generate(dir, SampleGenerator.Scale.PROVINCE);
        Map<String, String> hashes = new TreeMap<>();
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f));
                hashes.put(f.getFileName().toString(), HexFormat.of().formatHex(digest));
            }
        }
        // term_targets.csv came later (the congress term) and draws nothing from the generator's random
        // streams: every earlier file keeps its bytes.
        assertThat(hashes.remove("term_targets.csv")).isNotNull();
        assertThat(hashes).isEqualTo(new TreeMap<>(SHA256_BEFORE_THE_SCALES));
    }

    @Test
    void theTermTargetsAreTheTermsFiveYearsOfEachUnitsLastPlanOrItsRate() throws IOException {
        new SampleGenerator(2024).generate(dir, SampleGenerator.Scale.PROVINCE);
        // targets.csv's 2024 plans × 5 (HAICHAU 230 -> 1150, ..., KHUCNC 70 -> 350); YTE has a rate plan
        // only (4.0 % a year), kept as the term's annual rate.
        assertThat(Files.readAllLines(dir.resolve("term_targets.csv"))).containsExactly(
                "unit_code,term,admissions_target,rate_target_pct",
                "HAICHAU,2020-2025,1150,", "THANHKHE,2020-2025,1200,", "SONTRA,2020-2025,950,",
                "NGUHANHSON,2020-2025,600,", "LIENCHIEU,2020-2025,800,", "CAMLE,2020-2025,700,",
                "HOAVANG,2020-2025,775,", "KHOICQ,2020-2025,930,", "KHOIDN,2020-2025,750,",
                "QUANSU,2020-2025,500,", "CONGAN,2020-2025,600,", "BIENPHONG,2020-2025,225,",
                "DHDN,2020-2025,400,", "YTE,2020-2025,,4.0", "KHUCNC,2020-2025,350,");
    }
}
