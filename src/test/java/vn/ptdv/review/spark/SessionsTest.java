package vn.ptdv.review.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SessionsTest {
    @Test
    void aLocalRunBindsTheDriverToTheLoopbackAddress() {
        assertThat(Sessions.loopbackSettings("local[*]", Map.of(), key -> false)).isEqualTo(Map.of(
                "spark.driver.host", "127.0.0.1",
                "spark.driver.bindAddress", "127.0.0.1"));
    }

    @Test
    void aClusterMasterKeepsSparksOwnChoiceOfAddress() {
        assertThat(Sessions.loopbackSettings("spark://spark-master.example.internal:7077", Map.of(), key -> false)).isEmpty();
        assertThat(Sessions.loopbackSettings("yarn", Map.of(), key -> false)).isEmpty();
    }

    @Test
    void theJobsOwnMasterSettingDecides() {
        // jobs/review ... --conf spark.master=spark://... : a cluster, though spark-defaults.conf said local[*].
        assertThat(Sessions.loopbackSettings("local[*]", Map.of("spark.master", "spark://h:7077"), key -> false)).isEmpty();
    }

    @Test
    void addressesConfiguredElsewhereWin() {
        Set<String> submitted = Set.of("spark.driver.host");
        assertThat(Sessions.loopbackSettings("local[2]", Map.of(), submitted::contains))
                .isEqualTo(Map.of("spark.driver.bindAddress", "127.0.0.1"));
        assertThat(Sessions.loopbackSettings("local[2]", Map.of("spark.driver.bindAddress", "0.0.0.0"), key -> false))
                .isEqualTo(Map.of("spark.driver.host", "127.0.0.1"));
    }
}
