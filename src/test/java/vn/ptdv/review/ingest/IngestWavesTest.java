package vn.ptdv.review.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ptdv.review.catalog.SourceFile;
import vn.ptdv.review.silver.SilverSpec;

class IngestWavesTest {
    static List<SourceFile> sources(List<SilverSpec> specs) {
        return specs.stream().map(SilverSpec::source).toList();
    }

    @Test
    void everyFileIsInExactlyOneWave() {
        List<SilverSpec> inWaves = IngestJob.WAVES.stream().flatMap(List::stream).toList();
        assertThat(inWaves).containsExactlyInAnyOrderElementsOf(IngestJob.SPECS);
        assertThat(sources(IngestJob.SPECS)).containsExactlyInAnyOrder(SourceFile.values());
    }

    @Test
    void whatAFileIsCheckedAgainstIsInAnEarlierWave() {
        // Units first (everything names a unit); members before events and candidates, which name members.
        assertThat(sources(IngestJob.WAVES.get(0))).containsExactly(SourceFile.UNITS);
        assertThat(sources(IngestJob.WAVES.get(1))).contains(SourceFile.MEMBERS).doesNotContain(SourceFile.EVENTS, SourceFile.CANDIDATES);
        assertThat(sources(IngestJob.WAVES.get(2))).containsExactlyInAnyOrder(SourceFile.EVENTS, SourceFile.CANDIDATES);
    }
}
